// The image series gallery of issue 18: 20 runs x 50 steps of 320x240 PNG images, their blobs in a warm blob cache
// (no server asked). firstScreenful: from handing the model its rows to the first screenful of the view showing every
// thumbnail it has room for, thumbnails not yet made (goal <= 500 ms); firstScreenfulWarmThumbnails the same when an
// earlier session left the thumbnails on disk. scrollFrames: frames per second while the view scrolls once the
// thumbnails are in memory, each frame a 40 px scroll step and a synchronous repaint (goal >= 30). Baseline in the same
// run: the same view painting cells without images (scrollFramesWithoutImages). Run with `-median 5`.
#include "models/filecontents.h"
#include "models/gallerymodel.h"
#include "models/thumbnailcache.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "views/galleryview.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPainter>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;

namespace {

constexpr int Runs = 20;
constexpr int Steps = 50;
constexpr int Frames = 120;
const QString Project = QStringLiteral("team/p");

QByteArray png(int run, int step)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor::fromHsv((run * 17) % 360, 80, 250));
    QPainter painter(&image);
    painter.fillRect(10, 100, 10 + step * 6, 40, QColor::fromHsv((run * 37) % 360, 200, 160));
    painter.drawText(10, 30, QStringLiteral("run %1 step %2").arg(run).arg(step));
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Counts the paints of the gallery's viewport: a frame that painted nothing measured nothing.
class PaintCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return false;
    }
};

} // namespace

class BenchGallery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstScreenful();
    void firstScreenfulWarmThumbnails();
    void scrollFrames();
    void scrollFramesWithoutImages();

private:
    // A view over the rows with a fresh ThumbnailCache on `thumbnails`; the ms until the visible cells all show.
    qint64 showFirstScreenful(const QString &thumbnails);
    void scroll(bool withImages);

    QTemporaryDir m_dir;
    QList<GalleryRow> m_rows;
    std::unique_ptr<ApiConnection> m_connection; // never used: every blob is cached
    std::unique_ptr<BlobFetcher> m_fetcher;
    std::unique_ptr<FileContents> m_contents;
};

void BenchGallery::initTestCase()
{
    // Port 9 (discard) on loopback: a fetch would fail at once, and none should happen.
    m_connection = std::make_unique<ApiConnection>(ServerProfile{QUrl(QStringLiteral("http://127.0.0.1:9")), {}, {}});
    m_fetcher = std::make_unique<BlobFetcher>(*m_connection, BlobFolder(m_dir.filePath(QStringLiteral("blobs"))));
    m_contents = std::make_unique<FileContents>(m_fetcher.get());
    connect(m_contents.get(), &FileContents::failed, this,
            [](const QString &, const QString &message) { qFatal("a blob was fetched: %s", qPrintable(message)); });
    for (int run = 0; run < Runs; ++run) {
        GalleryRow row{QStringLiteral("CLS-%1").arg(run + 1), QStringLiteral("run %1").arg(run + 1), Project, {}};
        for (int step = 0; step < Steps; ++step) {
            const QByteArray bytes = png(run, step);
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QVERIFY(m_fetcher->folder().store(hash, bytes));
            row.images.append({double(step),
                               hash,
                               QStringLiteral("epoch %1").arg(step),
                               {},
                               QStringLiteral("png"),
                               QStringLiteral("image/png"),
                               bytes.size()});
        }
        m_rows.append(row);
    }
}

qint64 BenchGallery::showFirstScreenful(const QString &thumbnails)
{
    QElapsedTimer timer;
    timer.start();
    ThumbnailCache cache(m_contents.get(), thumbnails);
    GalleryModel model(&cache);
    model.setRows(m_rows);
    GalleryView view(&model, m_contents.get());
    view.resize(1280, 800);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        qFatal("the gallery was never shown");
    const int columns = view.columnAt(view.viewport()->width() - 1) + 1;
    const int rows = view.rowAt(view.viewport()->height() - 1) + 1;
    const auto allShown = [&] {
        for (int r = 0; r < rows; ++r)
            for (int c = 0; c < columns; ++c)
                if (!cache.contains(model.index(r, c).data(GalleryModel::HashRole).toString()))
                    return false;
        return true;
    };
    view.repaint(); // the paint asks for the thumbnails
    while (!allShown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    view.repaint(); // and shows them
    return timer.elapsed();
}

void BenchGallery::firstScreenful()
{
    int round = 0;
    QBENCHMARK
    {
        showFirstScreenful(m_dir.filePath(QStringLiteral("thumbnails-%1").arg(round++)));
    }
}

void BenchGallery::firstScreenfulWarmThumbnails()
{
    const QString folder = m_dir.filePath(QStringLiteral("thumbnails-warm"));
    showFirstScreenful(folder); // an earlier session made them
    QBENCHMARK
    {
        showFirstScreenful(folder);
    }
}

void BenchGallery::scroll(bool withImages)
{
    ThumbnailCache cache(m_contents.get(), m_dir.filePath(QStringLiteral("thumbnails-scroll")));
    GalleryModel model(&cache);
    QList<GalleryRow> rows = m_rows;
    if (!withImages)
        for (GalleryRow &row : rows)
            for (GalleryImage &image : row.images)
                image.hash.clear();
    model.setRows(rows);
    GalleryView view(&model, m_contents.get());
    view.resize(1280, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    PaintCounter paints;
    view.viewport()->installEventFilter(&paints);
    if (withImages) {
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                model.index(r, c).data(Qt::DecorationRole);
        QTRY_VERIFY_WITH_TIMEOUT(cache.contains(m_rows.last().images.last().hash), 60000);
        QTest::qWait(100);
    }
    QScrollBar *bar = view.horizontalScrollBar();
    QElapsedTimer timer;
    QBENCHMARK_ONCE
    {
        paints.count = 0;
        timer.start();
        for (int frame = 0; frame < Frames; ++frame) {
            bar->setValue(bar->value() + 40 >= bar->maximum() ? 0 : bar->value() + 40);
            view.verticalScrollBar()->setValue((frame * 23) % (view.verticalScrollBar()->maximum() + 1));
            view.viewport()->repaint();
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        qInfo("%s: %.1f frames/s", withImages ? "thumbnails" : "empty cells", Frames * 1000.0 / ms);
    }
    QCOMPARE(paints.count, Frames); // every frame was painted, or nothing was measured
}

void BenchGallery::scrollFrames()
{
    scroll(true);
}

void BenchGallery::scrollFramesWithoutImages()
{
    scroll(false);
}

QTEST_MAIN(BenchGallery)
#include "benchgallery.moc"
