#include "galleryloader.h"

#include "filecontents.h"

#include <QJsonArray>
#include <QJsonObject>

namespace nereid {

GalleryLoader::GalleryLoader(FileContents *contents, GalleryModel *model, QObject *parent)
    : QObject(parent)
    , m_contents(contents)
    , m_model(model)
{
    connect(m_contents, &FileContents::filePointsReady, this, &GalleryLoader::onPoints);
    connect(m_contents, &FileContents::filePointsFailed, this, &GalleryLoader::onFailed);
}

void GalleryLoader::load(const QList<Run> &runs, const QString &path)
{
    m_path = path;
    m_rows.clear();
    m_answered.clear();
    for (const Run &run : runs)
        m_rows.append(GalleryRow{run.id, run.label.isEmpty() ? run.id : run.label, run.project, {}});
    m_waiting = int(runs.size());
    if (runs.isEmpty())
        return finishOne();
    for (const Run &run : runs)
        m_contents->requestFilePoints(run.id, path);
}

std::optional<GalleryImage> GalleryLoader::imageOf(const QJsonValue &point)
{
    const QJsonArray fields = point.toArray();
    const QJsonObject file = fields.at(1).toObject();
    if (fields.size() < 2 || !fields.at(0).isDouble() || !file.value(QStringLiteral("hash")).isString())
        return std::nullopt;
    return GalleryImage{fields.at(0).toDouble(),
                        file.value(QStringLiteral("hash")).toString(),
                        file.value(QStringLiteral("name")).toString(),
                        file.value(QStringLiteral("description")).toString(),
                        file.value(QStringLiteral("extension")).toString(),
                        file.value(QStringLiteral("mime")).toString(),
                        qint64(file.value(QStringLiteral("size")).toDouble(-1))};
}

void GalleryLoader::onPoints(const QString &runId, const QString &path, const QJsonArray &points)
{
    if (path != m_path || m_waiting == 0)
        return;
    if (m_answered.contains(runId))
        return;
    for (GalleryRow &row : m_rows) {
        if (row.runId != runId)
            continue;
        m_answered.insert(runId);
        for (const QJsonValue &point : points)
            if (const std::optional<GalleryImage> image = imageOf(point))
                row.images.append(*image);
        finishOne();
        return;
    }
}

void GalleryLoader::onFailed(const QString &runId, const QString &path, const QString &message)
{
    if (path != m_path || m_waiting == 0 || m_answered.contains(runId))
        return;
    for (const GalleryRow &row : std::as_const(m_rows)) {
        if (row.runId == runId) {
            m_answered.insert(runId);
            emit failed(tr("The images of %1 cannot be fetched: %2").arg(row.label, message));
            finishOne();
            return;
        }
    }
}

void GalleryLoader::finishOne()
{
    if (m_waiting > 0 && --m_waiting > 0)
        return;
    m_model->setRows(m_rows);
    emit loaded();
}

} // namespace nereid
