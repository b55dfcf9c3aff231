#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace nereid {

// MLflow's meta.yaml files are flat `key: value` maps (PyYAML's safe_dump of a dict of scalars, with `tags: []`).
// This reads just that, and refuses anything else rather than guessing.
class FlatYaml
{
    Q_DECLARE_TR_FUNCTIONS(FlatYaml)

public:
    static bool parse(const QByteArray &text, QMap<QString, QString> *values, QString *error);
};

} // namespace nereid
