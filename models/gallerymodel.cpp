#include "gallerymodel.h"

#include "fieldformat.h"
#include "thumbnailcache.h"

#include <algorithm>

namespace nereid {

GalleryModel::GalleryModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractTableModel(parent)
    , m_thumbnails(thumbnails)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(30);
    connect(&m_flush, &QTimer::timeout, this, &GalleryModel::flushChanged);
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &GalleryModel::onThumbnail);
    connect(m_thumbnails, &ThumbnailCache::thumbnailFailed, this, &GalleryModel::onThumbnail);
}

void GalleryModel::setRows(const QList<GalleryRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_steps.clear();
    for (const GalleryRow &row : std::as_const(m_rows))
        for (const GalleryImage &image : row.images)
            m_steps.append(image.step);
    std::sort(m_steps.begin(), m_steps.end());
    m_steps.erase(std::unique(m_steps.begin(), m_steps.end()), m_steps.end());
    m_columns.clear();
    m_cellsOfHash.clear();
    m_changed.clear();
    for (int r = 0; r < m_rows.size(); ++r) {
        QHash<int, int> columns;
        for (int i = 0; i < m_rows[r].images.size(); ++i) {
            const int column = columnOfStep(m_rows[r].images[i].step);
            columns.insert(column, i);
            m_cellsOfHash[m_rows[r].images[i].hash].append({r, column});
        }
        m_columns.append(columns);
    }
    endResetModel();
}

int GalleryModel::columnOfStep(double step) const
{
    const auto it = std::lower_bound(m_steps.begin(), m_steps.end(), step);
    return it != m_steps.end() && *it == step ? int(it - m_steps.begin()) : -1;
}

int GalleryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GalleryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

const GalleryImage *GalleryModel::imageAt(const QModelIndex &index) const
{
    const int i = m_columns[index.row()].value(index.column(), -1);
    return i < 0 ? nullptr : &m_rows[index.row()].images[i];
}

QVariant GalleryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const GalleryImage *image = imageAt(index);
    if (role == RunRole)
        return m_rows[index.row()].runId;
    if (role == ProjectRole)
        return m_rows[index.row()].project;
    if (!image)
        return {};
    switch (role) {
    case Qt::DecorationRole:
        if (image->hash.isEmpty())
            return {};
        return m_thumbnails->thumbnail(m_rows[index.row()].project, image->hash);
    case Qt::ToolTipRole:
        return image->description.isEmpty() ? image->name : image->name + QLatin1Char('\n') + image->description;
    case HashRole:
        return image->hash;
    case StepRole:
        return image->step;
    case NameRole:
        return image->name;
    case ExtensionRole:
        return image->extension;
    case MimeRole:
        return image->mime;
    case SizeRole:
        return image->size;
    case FailureRole:
        return m_thumbnails->failure(image->hash);
    default:
        return {};
    }
}

QVariant GalleryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rows.size() ? QVariant(m_rows[section].label) : QVariant();
    if (section < 0 || section >= m_steps.size())
        return {};
    return tr("Step %1").arg(FieldFormat::number(m_steps[section]));
}

void GalleryModel::onThumbnail(const QString &hash)
{
    const auto cells = m_cellsOfHash.constFind(hash);
    if (cells == m_cellsOfHash.cend())
        return;
    m_changed.append(*cells);
    if (!m_flush.isActive())
        m_flush.start();
}

void GalleryModel::flushChanged()
{
    if (m_changed.isEmpty())
        return;
    // One dataChanged over the rectangle the arrivals span: a view repaints only what it shows of it.
    int top = INT_MAX, left = INT_MAX, bottom = -1, right = -1;
    for (const auto &[row, column] : std::as_const(m_changed)) {
        top = std::min(top, row);
        bottom = std::max(bottom, row);
        left = std::min(left, column);
        right = std::max(right, column);
    }
    m_changed.clear();
    emit dataChanged(index(top, left), index(bottom, right), {Qt::DecorationRole, FailureRole});
}

} // namespace nereid
