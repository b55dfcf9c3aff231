#include "fieldpathsuggestions.h"

#include "query/naturalcompare.h"

#include <algorithm>
#include <numeric>

namespace nereid {

int FieldPathSuggestions::distance(QStringView a, QStringView b)
{
    // One row of the table at a time: paths are short, and a project may have thousands of them.
    QList<int> row(b.size() + 1);
    std::iota(row.begin(), row.end(), 0);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = diagonal + (a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1);
            diagonal = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
        }
    }
    return row[b.size()];
}

QStringList FieldPathSuggestions::closest(const QString &path, const QStringList &known, int count)
{
    // A slip is a letter or two: "params/lrr", "train/los". Farther than that, a suggestion is a guess.
    const int farthest = std::min<int>(3, 1 + int(path.size()) / 4);
    const bool bare = !path.contains(u'/');
    struct Candidate
    {
        int distance;
        QString path;
    };
    QList<Candidate> candidates;
    for (const QString &other : known) {
        if (other == path)
            continue;
        int d = distance(path, other); // 0 when only the case differs: the closest of all
        if (bare)
            d = std::min(d, distance(path, QStringView(other).mid(other.lastIndexOf(u'/') + 1)));
        if (d <= farthest)
            candidates.append({d, other});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.distance != b.distance ? a.distance < b.distance : naturalCompare(a.path, b.path) < 0;
    });
    QStringList paths;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, candidates.size()); ++i)
        paths.append(candidates[i].path);
    return paths;
}

} // namespace nereid
