// MainWindow's files (issue 18): the preview of the tree's current file field and the image series gallery.
#include "filepreview.h"
#include "galleryview.h"
#include "mainwindow.h"
#include "models/filecontents.h"
#include "models/galleryloader.h"
#include "models/gallerymodel.h"
#include "models/namespacetreemodel.h"
#include "models/sessionmodels.h"
#include "namespacetreeview.h"

#include <QDialog>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

namespace nereid {

void MainWindow::addFilePanes()
{
    m_treeSplitter = new QSplitter(Qt::Vertical, this);
    m_treeSplitter->setObjectName(QStringLiteral("treeSplitter"));
    m_preview = new FilePreview(m_models->files(), this);
    m_treeSplitter->addWidget(m_treeView);
    m_treeSplitter->addWidget(m_preview);
    m_treeSplitter->setStretchFactor(0, 3);
    m_treeSplitter->setStretchFactor(1, 2);
    m_splitter->addWidget(m_treeSplitter);
    m_treeView->setFiles(m_models->files());
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::previewCurrentField);
    connect(m_tree, &QAbstractItemModel::dataChanged, this, &MainWindow::previewCurrentField);
    connect(m_tree, &QAbstractItemModel::modelReset, this, &MainWindow::previewCurrentField);
    connect(m_treeView, &NamespaceTreeView::fileSeriesActivated, this, &MainWindow::openGallery);
    connect(m_treeView, &NamespaceTreeView::fileFailed, this, &MainWindow::showSyncStatus);
}

void MainWindow::previewCurrentField()
{
    const QModelIndex current = m_treeView->currentIndex();
    const QJsonObject file = current.data(NamespaceTreeModel::FileRole).toJsonObject();
    if (file.isEmpty()) {
        if (m_preview->shownKind() != FilePreview::Kind::None || !m_preview->messageText().startsWith(tr("Select")))
            m_preview->showMessage(tr("Select a file to preview it."));
        return;
    }
    m_preview->showFile(
        m_tree->project(), file.value(QStringLiteral("hash")).toString(),
        qint64(file.value(QStringLiteral("size")).toDouble(-1)), file.value(QStringLiteral("name")).toString(),
        file.value(QStringLiteral("extension")).toString(), file.value(QStringLiteral("mime")).toString());
}

QWidget *MainWindow::openGallery(const QString &path)
{
    auto *window = new QDialog(this);
    window->setObjectName(QStringLiteral("galleryWindow"));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowTitle(tr("Images: %1").arg(path));
    auto *layout = new QVBoxLayout(window);
    window->resize(960, 600);
    if (!m_models->thumbnails()) {
        layout->addWidget(new QLabel(tr("Images cannot be fetched without a connection to the server."), window));
        window->show();
        return window;
    }
    auto *model = new GalleryModel(m_models->thumbnails(), window);
    auto *loader = new GalleryLoader(m_models->files(), model, window);
    auto *status = new QLabel(tr("Fetching the images of %1…").arg(path), window);
    status->setObjectName(QStringLiteral("galleryStatus"));
    layout->addWidget(status);
    layout->addWidget(new GalleryView(model, m_models->files(), window), 1);
    connect(loader, &GalleryLoader::failed, status, &QLabel::setText);
    connect(loader, &GalleryLoader::loaded, status, [status, model] {
        if (!status->text().startsWith(tr("Fetching")))
            return; // a failure is shown instead
        // Two forms rather than tr()'s %n: without an English translation loaded, %n would read "step(s)".
        const int steps = model->columnCount();
        status->setText(steps == 0 ? tr("No images.")
                        : steps == 1
                            ? tr("1 step; a click opens the image.")
                            : tr("%1 steps; arrow keys move, a click opens the image.").arg(QLocale().toString(steps)));
    });
    QList<GalleryLoader::Run> runs;
    for (const QString &id : chartedRunIds())
        runs.append({id, m_models->runLabel(id), m_project});
    loader->load(runs, path);
    window->show();
    return window;
}

} // namespace nereid
