#include "flatyaml.h"

#include <QList>

namespace nereid {

namespace {

QString unquote(const QString &value)
{
    if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
        return value.mid(1, value.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    return value;
}

} // namespace

bool FlatYaml::parse(const QByteArray &text, QMap<QString, QString> *values, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString key = line.left(colon).trimmed();
        if (colon <= 0 || key.contains(QLatin1Char(' ')) || lines.at(i).startsWith(' ')) {
            *error = tr("line %1 is not a \"key: value\" line").arg(i + 1);
            return false;
        }
        values->insert(key, unquote(line.mid(colon + 1).trimmed()));
    }
    return true;
}

} // namespace nereid
