#pragma once

#include "importpaths.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace nereid {

// Hands out each path once, so no value overwrites another and no two metrics merge into one series: a name
// that maps onto a path taken already (`a//b` after `a/b`, a metric named like one of the import's own fields) or
// onto a namespace of taken paths gets the hash of its name appended; one below a taken field (`lr/x` after `lr`)
// is flattened (`lr_x~hash`), since a field cannot also be a namespace.
class PathRegistry
{
public:
    QString take(const QString &name, QStringList *renames);

    // Paths for the keys of `values` under `prefix`: keys that are valid paths as they are first, so they keep
    // them, and a renamed key never pushes a valid one aside.
    template<typename Map>
    QMap<QString, QString> takeAll(const QString &prefix, const Map &values, QStringList *renames)
    {
        QMap<QString, QString> paths;
        for (const bool valid : {true, false})
            for (auto it = values.begin(); it != values.end(); ++it)
                if ((ImportPaths::valid(prefix + it.key()) == prefix + it.key()) == valid)
                    paths.insert(it.key(), take(prefix + it.key(), renames));
        return paths;
    }

private:
    bool conflicts(const QString &path) const;

    QSet<QString> m_taken;      // fields
    QSet<QString> m_namespaces; // every namespace the fields lie in
};

} // namespace nereid
