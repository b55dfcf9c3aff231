#include "apiclient.h"
#include "helpers.h"
#include "models/filecontents.h"
#include "models/galleryloader.h"
#include "models/gallerymodel.h"
#include "models/thumbnailcache.h"
#include "pngbytes.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "testserver.h"
#include "views/filepreview.h"
#include "views/galleryview.h"
#include "views/imageview.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QDialog>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");
const QString Path = QStringLiteral("predictions");

// A PNG that shows which run and step it is: a bar as long as the step, in the run's colour.
QByteArray png(int run, int step)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 100, 20 + step * 30, 40, run == 0 ? Qt::darkGreen : Qt::darkMagenta);
    painter.drawText(10, 30, QStringLiteral("run %1 step %2").arg(run).arg(step));
    painter.end();
    return pngBytes(image);
}

} // namespace

// The image series gallery over the real server: two runs' file series, one row each and one column per step; the
// thumbnails fill in as they arrive, arrow keys move, a click opens the full image.
class TestGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fillsInAndSteps();
    void aRunWithoutTheSeriesIsAnEmptyRow();

private:
    QStringList m_runs;
    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;
};

void TestGallery::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    for (int run = 0; run < 2; ++run) {
        const ApiReply created = createRun(*m_api, Project);
        NEREID_EXPECT_STATUS(created, 201);
        m_runs.append(created[QStringLiteral("id")].toString());
        QList<QJsonArray> points;
        // The second run logged every other step only: its row has gaps.
        for (int step = 0; step < 6; step += run + 1) {
            const QByteArray bytes = png(run, step);
            const ApiReply upload = uploadBlob(*m_api, Project, bytes);
            QVERIFY2(upload.status == 201 || upload.status == 200, upload.describe().constData());
            QJsonObject file = fileObject(bytes, QStringLiteral("epoch %1").arg(step), QStringLiteral("png"),
                                          QStringLiteral("image/png"));
            file.insert(QStringLiteral("description"), QStringLiteral("run %1").arg(run));
            points.append(point(step, file, 1763805600.0 + step));
        }
        NEREID_EXPECT_STATUS(
            applyOperations(*m_api, m_runs.last(), {appendOp(Path, QStringLiteral("fileSeries"), points)}), 200);
    }
}

void TestGallery::fillsInAndSteps()
{
    ApiConnection connection(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    BlobFetcher fetcher(connection, BlobFolder(m_dir.filePath(QStringLiteral("blobs"))));
    FileContents contents(&fetcher);
    ThumbnailCache thumbnails(&contents, m_dir.filePath(QStringLiteral("thumbnails")));
    GalleryModel model(&thumbnails);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GalleryLoader loader(&contents, &model);
    QSignalSpy loaded(&loader, &GalleryLoader::loaded);
    loader.load({{m_runs[0], QStringLiteral("baseline"), Project}, {m_runs[1], QStringLiteral("wide"), Project}}, Path);
    QVERIFY(loaded.wait(10000));

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("baseline"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Step 3"));
    QVERIFY(model.index(1, 1).data(GalleryModel::HashRole).isNull()); // the second run has no step 1
    QCOMPARE(model.index(1, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("epoch 2\nrun 1"));

    GalleryView view(&model, &contents);
    view.resize(900, 420);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    // Painting asks for the thumbnails; they fill in as they arrive.
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0, 0).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(1, 4).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!model.index(0, 5).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    QCOMPARE(model.index(0, 5).data(Qt::DecorationRole).value<QImage>().width(), ThumbnailCache::Size);
    view.grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/gallery.png"));

    // Arrow keys step through the steps and the runs.
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QCOMPARE(view.currentIndex(), model.index(0, 2));
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(view.currentIndex(), model.index(1, 2));

    // A click opens the full image, at its own size.
    const QRect cell = view.visualRect(model.index(1, 2));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
    QDialog *dialog = view.findChild<QDialog *>(QStringLiteral("galleryImage"));
    QVERIFY(dialog);
    auto *preview = dialog->findChild<FilePreview *>();
    QTRY_COMPARE_WITH_TIMEOUT(preview->shownKind(), FilePreview::Kind::Image, 10000);
    QCOMPARE(preview->imageView()->image().size(), QSize(320, 240));
    QCOMPARE(preview->imageView()->image().pixelColor(30, 120), QColor(Qt::darkMagenta));
    dialog->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/gallery-image.png"));
    dialog->close();
}

void TestGallery::aRunWithoutTheSeriesIsAnEmptyRow()
{
    ApiConnection connection(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    BlobFetcher fetcher(connection, BlobFolder(m_dir.filePath(QStringLiteral("blobs2"))));
    FileContents contents(&fetcher);
    ThumbnailCache thumbnails(&contents, m_dir.filePath(QStringLiteral("thumbnails2")));
    GalleryModel model(&thumbnails);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    GalleryLoader loader(&contents, &model);
    QSignalSpy loaded(&loader, &GalleryLoader::loaded);
    QSignalSpy failed(&loader, &GalleryLoader::failed);
    loader.load({{m_runs[0], {}, Project}}, QStringLiteral("no/such/series"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 0);
    QCOMPARE(failed.size(), 1);
}

QTEST_MAIN(TestGallery)
#include "test_gallery.moc"
