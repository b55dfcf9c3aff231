#include "naturalcompare.h"

namespace nereid {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Compares the digit runs starting at *i in a and *j in b by value and moves both past them.
int compareNumbers(QStringView a, qsizetype *i, QStringView b, qsizetype *j)
{
    const auto skipZeros = [](QStringView text, qsizetype *pos) {
        while (*pos + 1 < text.size() && text[*pos] == u'0' && isDigit(text[*pos + 1]))
            ++*pos;
    };
    skipZeros(a, i);
    skipZeros(b, j);
    qsizetype endA = *i, endB = *j;
    while (endA < a.size() && isDigit(a[endA]))
        ++endA;
    while (endB < b.size() && isDigit(b[endB]))
        ++endB;
    // Without leading zeros, the longer run is the larger number; equal lengths compare digit by digit.
    int result = int(endA - *i) - int(endB - *j);
    if (result == 0)
        result = a.sliced(*i, endA - *i).compare(b.sliced(*j, endB - *j));
    *i = endA;
    *j = endB;
    return result;
}

} // namespace

int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (isDigit(a[i]) && isDigit(b[j])) {
            if (const int result = compareNumbers(a, &i, b, &j))
                return result;
            continue;
        }
        const char32_t foldedA = a[i].toCaseFolded().unicode(), foldedB = b[j].toCaseFolded().unicode();
        if (foldedA != foldedB)
            return foldedA < foldedB ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return a.compare(b);
}

} // namespace nereid
