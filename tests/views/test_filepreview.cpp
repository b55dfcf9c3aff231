#include "apiclient.h"
#include "helpers.h"
#include "models/csvtablemodel.h"
#include "models/filecontents.h"
#include "pngbytes.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "testserver.h"
#include "views/filepreview.h"
#include "views/imageview.h"
#include "views/safetextbrowser.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;

namespace {

const QString Project = QStringLiteral("team/p");

QByteArray png(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, Qt::red);
    painter.fillRect(width / 2, height / 2, width / 2, height / 2, Qt::blue);
    painter.end();
    return pngBytes(image);
}

} // namespace

// The preview pane over files on the real server, fetched through the blob cache: an image with zoom, text, JSON
// pretty-printed, CSV as a table, HTML with its script never run and nothing loaded; "Fetching…" first; the reason
// when a file cannot come.
class TestFilePreview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsAnImageAndZooms();
    void showsTextJsonAndCsv();
    void htmlRunsNoScriptAndLoadsNothing();
    void saysWhenAFileCannotCome();
    void csvParsesQuotes();

private:
    // Uploads `bytes` and shows them as a file named `name`; waits until something else than "Fetching…" shows.
    void show(const QByteArray &bytes, const QString &name, const QString &extension, const QString &mime);

    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<BlobFetcher> m_fetcher;
    std::unique_ptr<FileContents> m_contents;
    std::unique_ptr<FilePreview> m_preview;
};

void TestFilePreview::init()
{
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errors()));
    m_api = std::make_unique<ApiClient>(m_server->apiUrl(), m_server->token());
    NEREID_EXPECT_STATUS(createProject(*m_api, Project, QStringLiteral("CLS")), 201);
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server->baseUrl(), {}, m_server->token()});
    m_connection->setTimeout(3000);
    m_fetcher = std::make_unique<BlobFetcher>(*m_connection, BlobFolder(m_dir->filePath(QStringLiteral("blobs"))));
    m_contents = std::make_unique<FileContents>(m_fetcher.get());
    m_preview = std::make_unique<FilePreview>(m_contents.get());
    m_preview->resize(480, 360);
    m_preview->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_preview.get()));
}

void TestFilePreview::cleanup()
{
    m_preview.reset();
    m_contents.reset();
    m_fetcher.reset();
    m_connection.reset();
    m_server.reset();
}

void TestFilePreview::show(const QByteArray &bytes, const QString &name, const QString &extension, const QString &mime)
{
    const ApiReply upload = uploadBlob(*m_api, Project, bytes);
    QVERIFY2(upload.status == 201 || upload.status == 200, upload.describe().constData());
    m_preview->showFile(Project, sha256Hex(bytes), bytes.size(), name, extension, mime);
    QVERIFY2(m_preview->messageText().startsWith(QStringLiteral("Fetching")), qPrintable(m_preview->messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_preview->messageText().startsWith(QStringLiteral("Fetching")), 10000);
}

void TestFilePreview::showsAnImageAndZooms()
{
    show(png(800, 600), QStringLiteral("confusion.png"), QStringLiteral("png"), QStringLiteral("image/png"));
    QCOMPARE(m_preview->shownKind(), FilePreview::Kind::Image);
    ImageView *view = m_preview->imageView();
    QCOMPARE(view->image().size(), QSize(800, 600));
    QCOMPARE(view->image().pixelColor(10, 10), QColor(Qt::red));
    // Fitted into the 480 px pane, smaller than actual size.
    QVERIFY(view->isFitted());
    QVERIFY2(view->zoom() < 0.7, qPrintable(QString::number(view->zoom())));
    m_preview->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/filepreview-image.png"));

    const double fitted = view->zoom();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Plus);
    QVERIFY(view->zoom() > fitted);
    QVERIFY(!view->isFitted());
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->zoom(), 1.0);
    QTest::keyClick(view, Qt::Key_Minus);
    QVERIFY(view->zoom() < 1.0);
    QTest::keyClick(view, Qt::Key_0);
    QVERIFY(view->isFitted());
    QCOMPARE(view->zoom(), fitted);
    // The wheel zooms too.
    QWheelEvent wheel(QPointF(50, 50), view->mapToGlobal(QPointF(50, 50)), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view->viewport(), &wheel); // where the pointer is, over the image
    QVERIFY(view->zoom() > fitted);
}

void TestFilePreview::showsTextJsonAndCsv()
{
    show("epoch 1: loss 0.5\nepoch 2: loss 0.25\n", QStringLiteral("train.log"), QStringLiteral("log"),
         QStringLiteral("text/plain"));
    QCOMPARE(m_preview->shownKind(), FilePreview::Kind::Text);
    auto *text = m_preview->findChild<QPlainTextEdit *>(QStringLiteral("previewText"));
    QCOMPARE(text->toPlainText(), QStringLiteral("epoch 1: loss 0.5\nepoch 2: loss 0.25\n"));
    QVERIFY(text->font().fixedPitch() || QFontInfo(text->font()).fixedPitch());

    // A long log: its first MiB, and a word that there is more.
    show(QByteArray(FilePreview::TextLimit + 100, 'x'), QStringLiteral("long.log"), QStringLiteral("log"),
         QStringLiteral("text/plain"));
    QVERIFY(text->toPlainText().startsWith(QString(1000, QLatin1Char('x'))));
    QVERIFY2(text->toPlainText().endsWith(QStringLiteral("are shown. Save the file for all of it.]")),
             qPrintable(text->toPlainText().right(120)));

    show(R"({"lr":0.01,"layers":[64,32]})", QStringLiteral("config.json"), QStringLiteral("json"),
         QStringLiteral("application/json"));
    QCOMPARE(m_preview->shownKind(), FilePreview::Kind::Json);
    QVERIFY2(text->toPlainText().contains(QStringLiteral("\n    \"layers\": [\n        64,")),
             qPrintable(text->toPlainText()));
    m_preview->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/filepreview-json.png"));

    show("epoch,loss,note\n1,0.5,\"first, warm-up\"\n2,0.25,ok\n", QStringLiteral("metrics.csv"), QStringLiteral("csv"),
         QStringLiteral("text/csv"));
    QCOMPARE(m_preview->shownKind(), FilePreview::Kind::Csv);
    auto *table = m_preview->findChild<QTableView *>(QStringLiteral("previewTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->columnCount(), 3);
    QCOMPARE(table->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("loss"));
    QCOMPARE(table->model()->index(0, 2).data().toString(), QStringLiteral("first, warm-up"));
    m_preview->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/filepreview-csv.png"));
}

void TestFilePreview::htmlRunsNoScriptAndLoadsNothing()
{
    // A report that, were it run or its resources loaded, would call this listener.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    const QString remote = QStringLiteral("http://127.0.0.1:%1/").arg(listener.serverPort());
    const QString html = QStringLiteral("<html><head><link rel=stylesheet href='%1style.css'></head><body>"
                                        "<h1>Report</h1><p id=p>Accuracy <b>0.93</b></p>"
                                        "<script>document.getElementById('p').innerHTML='SCRIPT RAN';"
                                        "fetch('%1steal')</script>"
                                        "<img src='%1pixel.png'><img src='file:///etc/hostname'></body></html>")
                             .arg(remote);
    show(html.toUtf8(), QStringLiteral("report.html"), QStringLiteral("html"), QStringLiteral("text/html"));
    QCOMPARE(m_preview->shownKind(), FilePreview::Kind::Html);
    auto *browser = m_preview->findChild<SafeTextBrowser *>(QStringLiteral("previewHtml"));
    const QString shown = browser->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Accuracy 0.93")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("SCRIPT RAN")), qPrintable(shown));
    QVERIFY2(!shown.contains(QStringLiteral("fetch(")), qPrintable(shown)); // the script is not even shown as text
    QTest::qWait(200);
    QVERIFY2(!listener.hasPendingConnections(), "the preview reached out to the network");
    QVERIFY(browser->refusedResources() >= 1); // the images were asked for, and refused
    m_preview->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/filepreview-html.png"));
}

void TestFilePreview::saysWhenAFileCannotCome()
{
    m_preview->showFile(Project, sha256Hex("never uploaded"), 14, QStringLiteral("missing.png"), QStringLiteral("png"),
                        QStringLiteral("image/png"));
    QCOMPARE(m_preview->messageText(), QStringLiteral("Fetching missing.png…"));
    QTRY_VERIFY_WITH_TIMEOUT(m_preview->messageText().startsWith(QStringLiteral("The file cannot be shown")), 10000);
    m_preview->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/filepreview-error.png"));

    // A file that is not an image although named like one.
    show("not a png at all", QStringLiteral("broken.png"), QStringLiteral("png"), QStringLiteral("image/png"));
    QVERIFY2(m_preview->messageText().startsWith(QStringLiteral("The image cannot be read")),
             qPrintable(m_preview->messageText()));
}

void TestFilePreview::csvParsesQuotes()
{
    const QList<QStringList> rows =
        CsvTableModel::parse(QStringLiteral("a,b\r\n\"x \"\"quoted\"\"\",\"two\nlines\"\n3,4"));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[1], (QStringList{QStringLiteral("x \"quoted\""), QStringLiteral("two\nlines")}));
    QCOMPARE(rows[2], (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
    QCOMPARE(CsvTableModel::parse(QStringLiteral("a\tb\n1\t2\n"))[1],
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

    // The model over a file with ragged rows: as many columns as the widest row, checked by the model tester.
    CsvTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setText(QStringLiteral("a,b\n1,2,3\n4\n"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("3"));
    QVERIFY(model.headerData(2, Qt::Horizontal).toString().isEmpty());
    QVERIFY(!model.truncated());
}

QTEST_MAIN(TestFilePreview)
#include "test_filepreview.moc"
