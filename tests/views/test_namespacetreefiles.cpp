#include "apiclient.h"
#include "helpers.h"
#include "models/filecontents.h"
#include "models/namespacetreemodel.h"
#include "runfixtures.h"
#include "sync/apiconnection.h"
#include "sync/blobfetcher.h"
#include "testserver.h"
#include "views/fileactions.h"
#include "views/namespacetreeview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

// Stands for the system's application: QDesktopServices hands it the file URLs the app opens.
class SystemOpener : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The namespace tree's file fields (issue 18): what their rows say, and the context menu's Save as and Open with the
// system's application, which fetch the blob from the real server through the blob cache.
class TestNamespaceTreeFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsSayNameSizeAndCount();
    void contextMenuOffersFileActions();
    void saveAsWritesTheFile();
    void openWithTheSystemOpensACopyNamedLikeTheFile();
    void aFailedFetchIsReported();

private:
    // The actions of the context menu of `path`'s row, as shown to the user (the menu is closed again).
    QStringList menuTexts(const QString &path);
    // Opens the context menu of `path`'s row and triggers the action named `text`.
    void trigger(const QString &path, const QString &text);

    TestServer m_server;
    std::unique_ptr<ApiClient> m_api;
    QByteArray m_model;
    std::unique_ptr<RunFixtures> m_fixtures;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ApiConnection> m_connection;
    std::unique_ptr<BlobFetcher> m_fetcher;
    std::unique_ptr<FileContents> m_contents;
    std::unique_ptr<NamespaceTreeModel> m_tree;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<NamespaceTreeView> m_view;
};

void TestNamespaceTreeFiles::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
    m_api = std::make_unique<ApiClient>(m_server.apiUrl(), m_server.token());
    NEREID_EXPECT_STATUS(createProject(*m_api, RunFixtures::Project, u"SWP"_s), 201);
    m_model = QByteArray(12345, 'm') + "checkpoint";
    const ApiReply upload = uploadBlob(*m_api, RunFixtures::Project, m_model);
    QVERIFY2(upload.status == 201 || upload.status == 200, upload.describe().constData());
}

void TestNamespaceTreeFiles::init()
{
    m_fixtures = std::make_unique<RunFixtures>();
    QVERIFY(m_fixtures->open());
    QJsonObject last = fileObject("png bytes", u"epoch 49"_s, u"png"_s, u"image/png"_s);
    last.insert(u"description"_s, u"last batch"_s);
    const QJsonObject fields{
        {u"model"_s,
         RunFixtures::atom(u"file"_s, fileObject(m_model, u"model.pt"_s, u"pt"_s, u"application/octet-stream"_s))},
        {u"missing"_s,
         RunFixtures::atom(u"file"_s, fileObject("never uploaded", u"gone.txt"_s, u"txt"_s, u"text/plain"_s))},
        {u"data"_s, RunFixtures::atom(u"fileSet"_s, QJsonObject{{u"count"_s, 12}, {u"size"_s, 48213}})},
        {u"artifacts/data"_s,
         RunFixtures::atom(u"artifact"_s,
                           QJsonObject{{u"hash"_s, sha256Hex("listing")}, {u"count"_s, 3}, {u"size"_s, 10485760}})},
        {u"predictions"_s,
         QJsonObject{{u"type"_s, u"fileSeries"_s}, {u"count"_s, 50}, {u"last"_s, last}, {u"last_step"_s, 49}}},
        {u"params/lr"_s, RunFixtures::atom(u"float"_s, 0.01)}};
    QVERIFY(m_fixtures->apply({RunFixtures::run(1, {}, fields)}));
    m_dir = std::make_unique<QTemporaryDir>();
    m_connection = std::make_unique<ApiConnection>(ServerProfile{m_server.baseUrl(), {}, m_server.token()});
    m_connection->setTimeout(3000);
    m_fetcher = std::make_unique<BlobFetcher>(*m_connection, BlobFolder(m_dir->filePath(u"blobs"_s)));
    m_contents = std::make_unique<FileContents>(m_fetcher.get());
    m_tree = std::make_unique<NamespaceTreeModel>(&m_fixtures->cache());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_tree.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tree->setRun(u"SWP-1"_s);
    m_view = std::make_unique<NamespaceTreeView>(m_tree.get());
    m_view->setFiles(m_contents.get());
    m_view->resize(640, 360);
    m_view->expandAll();
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestNamespaceTreeFiles::cleanup()
{
    m_view.reset();
    m_tester.reset();
    m_tree.reset();
    m_contents.reset();
    m_fetcher.reset();
    m_connection.reset();
    m_fixtures.reset();
}

void TestNamespaceTreeFiles::rowsSayNameSizeAndCount()
{
    const auto cell = [this](const QString &path, int column) {
        return m_tree->indexOfPath(path).siblingAtColumn(column).data().toString();
    };
    QCOMPARE(cell(u"model"_s, NamespaceTreeModel::TypeColumn), u"File"_s);
    QCOMPARE(cell(u"model"_s, NamespaceTreeModel::ValueColumn), u"model.pt · 12.1 kB"_s);
    QCOMPARE(cell(u"data"_s, NamespaceTreeModel::TypeColumn), u"File set"_s);
    QCOMPARE(cell(u"data"_s, NamespaceTreeModel::ValueColumn), u"12 files · 47.1 kB"_s);
    QCOMPARE(cell(u"artifacts/data"_s, NamespaceTreeModel::TypeColumn), u"Artifact"_s);
    QCOMPARE(cell(u"artifacts/data"_s, NamespaceTreeModel::ValueColumn), u"3 files · 10.0 MB"_s);
    QCOMPARE(cell(u"predictions"_s, NamespaceTreeModel::TypeColumn), u"File series"_s);
    QVERIFY2(cell(u"predictions"_s, NamespaceTreeModel::ValueColumn).startsWith(u"50 files (last: epoch 49"_s),
             qPrintable(cell(u"predictions"_s, NamespaceTreeModel::ValueColumn)));
    // The file object itself, for the preview and the actions; none for a file set or a number.
    QCOMPARE(m_tree->indexOfPath(u"model"_s).data(NamespaceTreeModel::FileRole).toJsonObject().value(u"hash"_s),
             QJsonValue(sha256Hex(m_model)));
    QCOMPARE(m_tree->indexOfPath(u"predictions"_s).data(NamespaceTreeModel::FileRole).toJsonObject().value(u"name"_s),
             QJsonValue(u"epoch 49"_s));
    QVERIFY(m_tree->indexOfPath(u"data"_s).data(NamespaceTreeModel::FileRole).isNull());
    QVERIFY(m_tree->indexOfPath(u"params/lr"_s).data(NamespaceTreeModel::FileRole).isNull());
    QCOMPARE(m_tree->project(), RunFixtures::Project);
    m_view->collapse(m_tree->indexOfPath(u"sys"_s)); // the files in sight
    m_view->grab().save(QStringLiteral(NEREID_SCREENSHOT_DIR "/namespacetree-files.png"));
}

QStringList TestNamespaceTreeFiles::menuTexts(const QString &path)
{
    QStringList texts;
    QTimer::singleShot(0, this, [&texts] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                texts.append(action->text());
        menu->close();
    });
    const QModelIndex index = m_tree->indexOfPath(path);
    m_view->scrollTo(index);
    emit m_view->customContextMenuRequested(m_view->visualRect(index).center());
    return texts;
}

void TestNamespaceTreeFiles::trigger(const QString &path, const QString &text)
{
    bool found = false;
    QTimer::singleShot(0, this, [&found, text] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions()) {
            if (action->text() == text) {
                found = true;
                menu->close();
                action->trigger();
                return;
            }
        }
        menu->close();
    });
    const QModelIndex index = m_tree->indexOfPath(path);
    emit m_view->customContextMenuRequested(m_view->visualRect(index).center());
    QVERIFY2(found, qPrintable(text));
}

void TestNamespaceTreeFiles::contextMenuOffersFileActions()
{
    QCOMPARE(menuTexts(u"model"_s),
             (QStringList{u"Save as…"_s, u"Open with the system's application"_s, u"Copy path"_s, u"Copy value"_s}));
    // A number has no file to save.
    QCOMPARE(menuTexts(u"params/lr"_s), (QStringList{u"Copy path"_s, u"Copy value"_s}));
    // Copy path copies the field's path.
    trigger(u"artifacts/data"_s, u"Copy path"_s);
    QCOMPARE(QApplication::clipboard()->text(), u"artifacts/data"_s);
}

void TestNamespaceTreeFiles::saveAsWritesTheFile()
{
    const QString target = m_dir->filePath(u"saved/model-copy.pt"_s);
    QDir().mkpath(QFileInfo(target).path());
    QSignalSpy saved(m_view->fileActions(), &FileActions::saved);
    // The save dialog comes up modal: answer it as a user would, with the file name typed.
    QTimer::singleShot(200, this, [target] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setDirectory(QFileInfo(target).path());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("model.pt")); // the dialog offers the file's own name
        name->setText(QFileInfo(target).fileName());
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), checking the name typed
    });
    trigger(u"model"_s, u"Save as…"_s);
    QVERIFY(saved.wait(10000) || !saved.isEmpty());
    QCOMPARE(saved.first().first().toString(), target);
    QCOMPARE(readFile(target), m_model);
    QVERIFY(!QFile::exists(target + u".part"_s));
}

void TestNamespaceTreeFiles::openWithTheSystemOpensACopyNamedLikeTheFile()
{
    SystemOpener opener;
    QDesktopServices::setUrlHandler(u"file"_s, &opener, "open");
    QSignalSpy opened(m_view->fileActions(), &FileActions::opened);
    trigger(u"model"_s, u"Open with the system's application"_s);
    QVERIFY(opened.wait(10000) || !opened.isEmpty());
    QDesktopServices::unsetUrlHandler(u"file"_s);
    QCOMPARE(opener.urls.size(), 1);
    const QString copy = opener.urls.first().toLocalFile();
    QCOMPARE(QFileInfo(copy).fileName(), u"model.pt"_s);
    QCOMPARE(readFile(copy), m_model);
    // A copy, not the cache's own file, which the application could change.
    QVERIFY(copy != m_fetcher->cachedPath(sha256Hex(m_model)));
}

void TestNamespaceTreeFiles::aFailedFetchIsReported()
{
    QSignalSpy failed(m_view.get(), &NamespaceTreeView::fileFailed);
    trigger(u"missing"_s, u"Open with the system's application"_s);
    QVERIFY(failed.wait(10000) || !failed.isEmpty());
    QVERIFY2(failed.first().first().toString().startsWith(u"The file cannot be fetched"_s),
             qPrintable(failed.first().first().toString()));
}

QTEST_MAIN(TestNamespaceTreeFiles)
#include "test_namespacetreefiles.moc"
