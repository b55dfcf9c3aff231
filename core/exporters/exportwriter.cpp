#include "exportwriter.h"

#include "csvwriter.h"
#include "jsonlwriter.h"
#include "mlflowwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace nereid {

std::unique_ptr<ExportWriter> ExportWriter::create(const QString &format)
{
    if (format == QLatin1String("jsonl"))
        return std::make_unique<JsonlWriter>();
    if (format == QLatin1String("csv"))
        return std::make_unique<CsvWriter>();
    if (format == QLatin1String("mlflow"))
        return std::make_unique<MlflowWriter>();
    return nullptr;
}

bool ExportWriter::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    // QSaveFile: a file is there whole or not at all, even when the disk fills up in the middle of it.
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("ExportWriter", "the folder of %1 cannot be made").arg(path);
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("ExportWriter", "%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace nereid
