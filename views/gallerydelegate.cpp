#include "gallerydelegate.h"

#include "models/gallerymodel.h"
#include "models/thumbnailcache.h"

#include <QPainter>

namespace nereid {

void GalleryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(option.rect, selected ? palette.highlight() : palette.base());
    if (index.data(GalleryModel::HashRole).toString().isEmpty())
        return;
    const QRect room = option.rect.adjusted(4, 4, -4, -4);
    const QImage image = index.data(Qt::DecorationRole).value<QImage>();
    if (!image.isNull()) {
        const QSize size = image.size().scaled(room.size(), Qt::KeepAspectRatio).boundedTo(image.size());
        QRect target(QPoint(), size);
        target.moveCenter(room.center());
        painter->drawImage(target, image);
        // A frame, so a white image on the white cell still shows where it ends.
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawRect(target.adjusted(0, 0, -1, -1));
    } else {
        const QString failure = index.data(GalleryModel::FailureRole).toString();
        painter->fillRect(room, palette.alternateBase());
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(room, Qt::AlignCenter | Qt::TextWordWrap, failure.isEmpty() ? QStringLiteral("…") : failure);
    }
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(palette.highlight(), 2));
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
    }
}

QSize GalleryDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return {ThumbnailCache::Size + 8, ThumbnailCache::Size + 8};
}

} // namespace nereid
