#pragma once

#include "gallerymodel.h"

#include <QObject>
#include <QSet>

namespace nereid {

class FileContents;

// Fills a GalleryModel with the image series `path` of some runs (issue 18): asks for each run's points (the file
// objects, not yet the images) and hands the model all rows at once when the last run has answered, so the view
// is laid out once. A run whose points cannot come is a row without images; failed() says why.
class GalleryLoader : public QObject
{
    Q_OBJECT

public:
    struct Run
    {
        QString id;
        QString label;
        QString project;
    };

    GalleryLoader(FileContents *contents, GalleryModel *model, QObject *parent = nullptr);

    void load(const QList<Run> &runs, const QString &path);
    bool isLoading() const { return m_waiting > 0; }

    // The point [step, file object, timestamp] as the gallery shows it; nullopt for one that is not a file.
    static std::optional<GalleryImage> imageOf(const QJsonValue &point);

signals:
    void loaded();
    void failed(const QString &message);

private:
    void onPoints(const QString &runId, const QString &path, const QJsonArray &points);
    void onFailed(const QString &runId, const QString &path, const QString &message);
    void finishOne();

    FileContents *m_contents;
    GalleryModel *m_model;
    QString m_path;
    QList<GalleryRow> m_rows;
    QSet<QString> m_answered;
    int m_waiting = 0;
};

} // namespace nereid
