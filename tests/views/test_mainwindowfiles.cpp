#include "apiclient.h"
#include "cache/cache.h"
#include "helpers.h"
#include "models/namespacetreemodel.h"
#include "models/runtablemodel.h"
#include "models/sessionmodels.h"
#include "pngbytes.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "sync/projectpuller.h"
#include "testserver.h"
#include "views/experimentsview.h"
#include "views/filepreview.h"
#include "views/imageview.h"
#include "views/mainwindow.h"
#include "views/namespacetreeview.h"

#include <QBuffer>
#include <QDialog>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Project = u"team/files"_s;

QByteArray png(const QColor &color, int width = 400, int height = 300)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(20, 20, width - 40, height - 40, color);
    painter.end();
    return pngBytes(image);
}

} // namespace

// The main window's files (issue 18) over a run synced from the real server: syncing fetches no file; the tree's
// current file field shows in the preview pane below the tree once fetched; a file series double-clicked opens the
// gallery of the selected runs.
class TestMainWindowFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncFetchesNoFile();
    void currentFileShowsInThePreview();
    void fileSeriesOpensTheGallery();

private:
    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
    QString m_runId;
    Cache m_cache;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<BlobFetcher> m_fetcher;
    std::unique_ptr<SessionModels> m_models;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindowFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, u"FIL"_s), 201);
    const ApiReply created = createRun(*m_api, Project, {{u"name"_s, u"baseline"_s}});
    NEREID_EXPECT_STATUS(created, 201);
    m_runId = created[u"id"_s].toString();
    const QByteArray matrix = png(Qt::darkCyan);
    NEREID_EXPECT_STATUS(uploadBlob(*m_api, Project, matrix), 201);
    QList<QJsonArray> points;
    for (int step = 0; step < 3; ++step) {
        const QByteArray bytes = png(QColor::fromHsv(step * 100, 200, 200), 200, 150);
        NEREID_EXPECT_STATUS(uploadBlob(*m_api, Project, bytes), 201);
        points.append(point(step, fileObject(bytes, u"epoch %1"_s.arg(step), u"png"_s, u"image/png"_s), 1.7e9 + step));
    }
    NEREID_EXPECT_STATUS(applyOperations(*m_api, m_runId,
                                         {assignOp(u"eval/confusion"_s, u"file"_s,
                                                   fileObject(matrix, u"confusion.png"_s, u"png"_s, u"image/png"_s)),
                                          appendOp(u"predictions"_s, u"fileSeries"_s, points)}),
                         200);

    const QString cacheFile = m_dir.filePath(u"cache.sqlite"_s);
    QVERIFY(m_cache.open(cacheFile));
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), QString(), m_server.token()});
    ProjectPuller puller(*m_connection, m_cache, Project);
    QSignalSpy pulled(&puller, &ProjectPuller::finished);
    puller.start();
    QTRY_COMPARE(pulled.size(), 1);
    m_fetcher = std::make_unique<BlobFetcher>(*m_connection, BlobFolder(BlobFolder::blobsBeside(cacheFile)));
    m_models = std::make_unique<SessionModels>(m_cache);
    m_models->setBlobSource(m_fetcher.get(), BlobFolder::thumbnailsBeside(cacheFile));
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->resize(1280, 860);
    m_window->setProject(u"local"_s, Project);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->runModel()->rowCount() > 0, 5000);
    m_window->experiments()->selectRun(m_runId);
}

void TestMainWindowFiles::cleanupTestCase()
{
    m_window.reset();
    m_models.reset();
    m_fetcher.reset();
}

void TestMainWindowFiles::syncFetchesNoFile()
{
    // The run is synced and shown; its files stay on the server until someone looks at them.
    QTRY_VERIFY(m_window->namespaceTree()->model()->rowCount() > 0);
    QCOMPARE(QDir(m_fetcher->folder().folder()).entryList(QDir::Files), QStringList());
    QCOMPARE(m_window->filePreview()->messageText(), u"Select a file to preview it."_s);
}

void TestMainWindowFiles::currentFileShowsInThePreview()
{
    NamespaceTreeView *tree = m_window->namespaceTree();
    tree->expandAll();
    const auto *model = static_cast<const NamespaceTreeModel *>(tree->model());
    tree->setCurrentIndex(model->indexOfPath(u"eval/confusion"_s));
    FilePreview *preview = m_window->filePreview();
    QTRY_COMPARE_WITH_TIMEOUT(preview->shownKind(), FilePreview::Kind::Image, 10000);
    QCOMPARE(preview->imageView()->image().size(), QSize(400, 300));
    QCOMPARE(preview->imageView()->image().pixelColor(200, 150), QColor(Qt::darkCyan));
    m_window->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/mainwindow-files.png"));

    // A field that is not a file: the preview says so again.
    tree->setCurrentIndex(model->indexOfPath(u"sys/name"_s));
    QCOMPARE(preview->messageText(), u"Select a file to preview it."_s);
}

void TestMainWindowFiles::fileSeriesOpensTheGallery()
{
    NamespaceTreeView *tree = m_window->namespaceTree();
    const auto *model = static_cast<const NamespaceTreeModel *>(tree->model());
    const QModelIndex series = model->indexOfPath(u"predictions"_s);
    tree->setCurrentIndex(series);
    QTest::keyClick(tree, Qt::Key_Return); // activated, like a double click
    auto *gallery = m_window->findChild<QDialog *>(u"galleryWindow"_s);
    QVERIFY(gallery);
    auto *table = gallery->findChild<QTableView *>(u"gallery"_s);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->columnCount(), 3, 10000);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->headerData(0, Qt::Vertical).toString(), m_runId + u" · baseline"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!table->model()->index(0, 2).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    QCOMPARE(gallery->findChild<QLabel *>(u"galleryStatus"_s)->text(),
             u"3 steps; arrow keys move, a click opens the image."_s);
    QTest::qWait(100);
    gallery->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/mainwindow-gallery.png"));
    gallery->close();
}

QTEST_MAIN(TestMainWindowFiles)
#include "test_mainwindowfiles.moc"
