#include "exportedrun.h"

namespace nereid {

qint64 ExportedRun::pointCount() const
{
    qint64 count = 0;
    for (const ExportedSeries &s : series)
        count += s.steps.size();
    for (const QJsonObject &field : files) // a file series' points
        count += field.value(QStringLiteral("steps")).toArray().size();
    return count;
}

QString ExportedRun::string(const QString &path) const
{
    const QJsonObject field = atoms.value(path);
    return field.value(QStringLiteral("type")).toString() == QLatin1String("string")
               ? field.value(QStringLiteral("value")).toString()
               : QString();
}

bool ExportedRun::forEachFile(
    const std::function<bool(const QString &field, const QString &member, QJsonObject &file)> &visit)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        QJsonObject &field = it.value();
        const QString type = field.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("file")) {
            QJsonObject file = field.value(QStringLiteral("value")).toObject();
            if (!visit(it.key(), QString(), file))
                return false;
            field.insert(QStringLiteral("value"), file);
            continue;
        }
        const QString list = type == QLatin1String("fileSet")      ? QStringLiteral("files")
                             : type == QLatin1String("fileSeries") ? QStringLiteral("values")
                                                                   : QString();
        if (list.isEmpty())
            continue;
        QJsonArray items = field.value(list).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject file = items.at(i).toObject();
            const QString member =
                list == QLatin1String("files") ? file.value(QStringLiteral("path")).toString() : QString::number(i);
            if (!visit(it.key(), member, file))
                return false;
            items.replace(i, file);
        }
        field.insert(list, items);
    }
    return true;
}

} // namespace nereid
