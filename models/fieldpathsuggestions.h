#pragma once

#include <QStringList>

namespace nereid {

// "Did you mean …?" for a field path no run has: the project's paths closest to it by edit distance (letters
// left out, added, swapped for others; case ignored). A path typed without its namespace ("lr") is also held
// against each path's last name, so it finds params/lr.
class FieldPathSuggestions
{
public:
    // At most `count` of `known`, closest first; none when nothing is close enough to be a typing slip.
    static QStringList closest(const QString &path, const QStringList &known, int count = 3);

    // Levenshtein distance, case-insensitive.
    static int distance(QStringView a, QStringView b);
};

} // namespace nereid
