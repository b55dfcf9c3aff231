#include "mlflowregistrywriter.h"

#include "csvwriter.h"
#include "exportblobs.h"
#include "exportwriter.h"
#include "mlflowwriter.h"

#include <QDateTime>
#include <QDir>
#include <QUrl>

namespace nereid {

namespace {

QString millis(const QJsonObject &sys, const char *member)
{
    const QDateTime time = QDateTime::fromString(sys.value(QLatin1String(member)).toString(), Qt::ISODateWithMs);
    return QString::number(time.isValid() ? time.toMSecsSinceEpoch() : 0);
}

// MLflow's stage names: its canonical capitalisation of Nereid's stages.
QString stageName(const QString &stage)
{
    return stage.isEmpty() || stage == QLatin1String("none") ? QStringLiteral("None")
                                                             : stage.left(1).toUpper() + stage.mid(1);
}

} // namespace

MlflowRegistryWriter::MlflowRegistryWriter(QString store, ExportBlobs *blobs)
    : m_store(std::move(store))
    , m_blobs(blobs)
{
}

bool MlflowRegistryWriter::write(ExportedRun &object, QString *error)
{
    return object.kind == QLatin1String("model") ? writeModel(object, error) : writeVersion(object, error);
}

void MlflowRegistryWriter::skipFields(ExportedRun &object, bool filesToo)
{
    QStringList paths = object.atoms.keys() + object.series.keys();
    if (filesToo)
        paths += object.files.keys();
    for (const QString &path : std::as_const(paths))
        object.skipped.append(tr("%1: MLflow's registered models hold no fields").arg(path));
}

bool MlflowRegistryWriter::writeTags(const QString &folder, const ExportedRun &object, QString *error)
{
    const QStringList tags = object.sys.value(QStringLiteral("tags")).toVariant().toStringList();
    return ExportWriter::writeFile(QDir(folder).filePath(QStringLiteral("tags/nereid.id")), object.id.toUtf8(),
                                   error) &&
           (tags.isEmpty() || ExportWriter::writeFile(QDir(folder).filePath(QStringLiteral("tags/nereid.tags")),
                                                      tags.join(QLatin1Char(',')).toUtf8(), error));
}

bool MlflowRegistryWriter::writeModel(ExportedRun &model, QString *error)
{
    // MLflow's names are folder names: no "/" or "%"; the model's key stands in for a name that cannot be one.
    QString name = model.sys.value(QStringLiteral("name")).toString();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('%')) ||
        name == QLatin1String(".") || name == QLatin1String("..") || m_taken.contains(name))
        name = model.id.mid(model.id.indexOf(QLatin1Char('-')) + 1);
    m_taken.insert(name);
    m_names.insert(model.id, name);
    const QString folder = QDir(m_store).filePath(QStringLiteral("models/") + name);
    const QString meta = QStringLiteral("aliases: []\ncreation_timestamp: %1\ndescription: %2\n"
                                        "last_updated_timestamp: %3\nname: %4\n")
                             .arg(millis(model.sys, "creation_time"),
                                  MlflowWriter::quoted(model.sys.value(QStringLiteral("description")).toString()),
                                  millis(model.sys, "modification_time"), MlflowWriter::quoted(name));
    skipFields(model, true);
    return ExportWriter::writeFile(QDir(folder).filePath(QStringLiteral("meta.yaml")), meta.toUtf8(), error) &&
           writeTags(folder, model, error);
}

bool MlflowRegistryWriter::writeVersion(ExportedRun &version, QString *error)
{
    const QString name = m_names.value(version.sys.value(QStringLiteral("model_id")).toString());
    if (name.isEmpty()) {
        *error = tr("its model was not exported");
        return false;
    }
    const QString number = version.id.mid(version.id.lastIndexOf(QLatin1Char('-')) + 1);
    const QDir folder(QDir(m_store).filePath(QStringLiteral("models/%1/version-%2").arg(name, number)));
    const QString artifacts = MlflowWriter::quoted(
        QUrl::fromLocalFile(folder.absoluteFilePath(QStringLiteral("artifacts"))).toString(QUrl::FullyEncoded));
    // A trashed version is what MLflow's own deletion leaves: the stage Deleted_Internal.
    const QString stage = version.sys.value(QStringLiteral("trashed")).toBool()
                              ? QStringLiteral("Deleted_Internal")
                              : stageName(version.sys.value(QStringLiteral("stage")).toString());
    const QString meta =
        QStringLiteral("aliases: []\ncreation_timestamp: %1\ncurrent_stage: %2\ndescription: %3\n"
                       "last_updated_timestamp: %4\nname: %5\nrun_id: ''\nrun_link: ''\nsource: %6\nstatus: READY\n"
                       "status_message: ''\nstorage_location: %6\nuser_id: %7\nversion: %8\n")
            .arg(millis(version.sys, "creation_time"), stage,
                 MlflowWriter::quoted(version.sys.value(QStringLiteral("description")).toString()),
                 millis(version.sys, "modification_time"), MlflowWriter::quoted(name), artifacts,
                 MlflowWriter::quoted(version.sys.value(QStringLiteral("owner")).toString()), number);
    skipFields(version, false);
    const bool written =
        ExportWriter::writeFile(folder.filePath(QStringLiteral("meta.yaml")), meta.toUtf8(), error) &&
        writeTags(folder.path(), version, error) &&
        version.forEachFile([&](const QString &field, const QString &member, QJsonObject &file) {
            QString relative = CsvWriter::fileName(field);
            if (!member.isEmpty())
                relative += QLatin1Char('/') + CsvWriter::fileName(member);
            return m_blobs->save(file, folder.filePath(QStringLiteral("artifacts/") + relative), error);
        });
    if (!written)
        QDir(folder).removeRecursively();
    return written;
}

} // namespace nereid
