#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

namespace nereid {

class ThumbnailCache;

// One image of a file series (issue 18): a point's file object as the gallery needs it.
struct GalleryImage
{
    double step = 0;
    QString hash;
    QString name;
    QString description;
    QString extension;
    QString mime;
    qint64 size = -1;
};

// One run's row of the gallery: the points of its file series at the chosen path.
struct GalleryRow
{
    QString runId;
    QString label; // the run's name, or its id
    QString project;
    QList<GalleryImage> images;
};

// The image series gallery (issue 18): one row per run, one column per step any of them logged an image at, each
// cell the run's thumbnail at that step (DecorationRole; null until it arrives) with its name and description as
// the tooltip. Thumbnails are asked for only when a view paints their cell, so scrolling a long series fetches what
// is seen; as they arrive their cells change, batched so a screenful of arrivals is one repaint.
class GalleryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        HashRole = Qt::UserRole,
        StepRole,
        RunRole,
        NameRole,
        ExtensionRole,
        MimeRole,
        SizeRole,
        ProjectRole,
        FailureRole, // why the thumbnail cannot be shown; empty when it can
    };

    explicit GalleryModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    void setRows(const QList<GalleryRow> &rows);
    const QList<double> &steps() const { return m_steps; }
    int columnOfStep(double step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const GalleryImage *imageAt(const QModelIndex &index) const;
    void onThumbnail(const QString &hash);
    void flushChanged();

    ThumbnailCache *m_thumbnails;
    QList<GalleryRow> m_rows;
    QList<double> m_steps;
    QList<QHash<int, int>> m_columns; // per row: column -> index into its images
    QHash<QString, QList<QPair<int, int>>> m_cellsOfHash;
    QList<QPair<int, int>> m_changed;
    QTimer m_flush;
};

} // namespace nereid
