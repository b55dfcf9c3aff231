#include "galleryview.h"

#include "filepreview.h"
#include "gallerydelegate.h"
#include "models/gallerymodel.h"
#include "models/thumbnailcache.h"

#include <QDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QVBoxLayout>

namespace nereid {

GalleryView::GalleryView(GalleryModel *model, FileContents *contents, QWidget *parent)
    : QTableView(parent)
    , m_contents(contents)
{
    setObjectName(QStringLiteral("gallery"));
    setModel(model);
    setItemDelegate(new GalleryDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setShowGrid(false);
    const int cell = ThumbnailCache::Size + 8;
    for (QHeaderView *header : {horizontalHeader(), verticalHeader()}) {
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setDefaultSectionSize(cell);
    }
    connect(this, &QAbstractItemView::clicked, this, &GalleryView::openImage);
}

void GalleryView::keyPressEvent(QKeyEvent *event)
{
    // Enter opens like a click; not through activated(), which some styles also send on the click itself.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        openImage(currentIndex());
        return;
    }
    QTableView::keyPressEvent(event);
}

QWidget *GalleryView::openImage(const QModelIndex &index)
{
    const QString hash = index.data(GalleryModel::HashRole).toString();
    if (hash.isEmpty())
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("galleryImage"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = index.data(GalleryModel::NameRole).toString();
    const QString run = model()->headerData(index.row(), Qt::Vertical).toString();
    dialog->setWindowTitle(
        tr("%1 — %2, %3").arg(name, run, model()->headerData(index.column(), Qt::Horizontal).toString()));
    auto *preview = new FilePreview(m_contents, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(preview);
    dialog->resize(720, 560);
    preview->showFile(
        index.data(GalleryModel::ProjectRole).toString(), hash, index.data(GalleryModel::SizeRole).toLongLong(), name,
        index.data(GalleryModel::ExtensionRole).toString(), index.data(GalleryModel::MimeRole).toString());
    dialog->show();
    return dialog;
}

} // namespace nereid
