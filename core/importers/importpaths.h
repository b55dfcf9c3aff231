#pragma once

#include <QString>

namespace nereid {

// Turns a name from another tool (a metric, a tag, a param) into a valid Nereid field path, the same way for
// every importer (docs/import.md, *Names that are not field paths*).
class ImportPaths
{
public:
    static QString valid(const QString &name);
    // `path` cut to leave room for `~` and 16 hex digits of the SHA-256 of `name`, and those appended: a path of
    // its own for a name whose path is too long or taken (PathRegistry).
    static QString withHash(const QString &path, const QString &name);
    // A step above `last` for a point whose own step is not: every point is kept, in order (docs/import.md).
    static double stepAfter(double last);
};

} // namespace nereid
