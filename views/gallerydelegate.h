#pragma once

#include <QStyledItemDelegate>

namespace nereid {

// A gallery cell: its thumbnail centred, a grey box while it comes, the reason when it cannot, nothing where the run
// logged no image at that step. Drawn directly from the model's QImage: going through a QIcon per cell per frame
// would cost the scrolling speed the gallery needs.
class GalleryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace nereid
