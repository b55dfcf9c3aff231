#include "apiclient.h"
#include "appsession.h"
#include "helpers.h"
#include "profilestore.h"
#include "sync/syncengine.h"
#include "testserver.h"
#include "userfolders.h"
#include "views/importdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;
using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

const QString Fixtures = QStringLiteral(NEREID_MLFLOW_FIXTURES);

} // namespace

// File > Import runs… in the app, on a profile of a real nereid-server: the MLflow fixture (written by MLflow
// itself) imported with progress and a summary, Cancel leaving nothing half done, and a source that is none.
class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.errors()));
        QSettings settings;
        ProfileStore store(
            &settings, QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"profiles"_s));
        QString error;
        QVERIFY(store.save({u"team"_s, m_server.baseUrl(), m_server.token()}, &error));
        store.setLastProfile(u"team"_s);
        m_api.setBaseUrl(m_server.apiUrl());
        m_api.setToken(m_server.token());
        m_session = std::make_unique<AppSession>(AppOptions{});
        QVERIFY2(m_session->start(&error), qPrintable(error));
    }

    void cancelStopsBeforeTheFirstRun()
    {
        ImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"importPath"_s)->setText(Fixtures + u"/mlruns"_s);
        dialog->findChild<QComboBox *>(u"importProject"_s)->setCurrentText(u"team/imported"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isImporting());
        dialog->reject(); // Escape: cancels, does not close
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
        const QString log = dialog->findChild<QPlainTextEdit *>(u"importLog"_s)->toPlainText();
        QVERIFY2(log.contains(u"Cancelled."_s), qPrintable(log));
        QVERIFY2(dialog->findChild<QLabel *>(u"importCounts"_s)->text().startsWith(u"0 of 7 run(s): 0 created"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"importCounts"_s)->text()));
        QCOMPARE(runCount(u"team/imported"_s), 0);
        dialog->close();
    }

    void importsWithProgressAndSummary()
    {
        ImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"importPath"_s)->setText(Fixtures + u"/mlruns"_s);
        dialog->findChild<QComboBox *>(u"importProject"_s)->setCurrentText(u"team/imported"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 60000);
        const QString counts = dialog->findChild<QLabel *>(u"importCounts"_s)->text();
        QVERIFY2(
            counts.startsWith(u"7 of 7 run(s): 7 created, 0 updated, 0 skipped, 0 failed; 1,880 point(s) written."_s),
            qPrintable(counts));
        auto *progress = dialog->findChild<QProgressBar *>(u"importProgress"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->value(), progress->maximum());
        const QString log = dialog->findChild<QPlainTextEdit *>(u"importLog"_s)->toPlainText();
        QVERIFY2(log.contains(u"baseline-cnn: created, 1,015 point(s)"_s) && log.endsWith(u"Done."_s), qPrintable(log));
        QCOMPARE(runCount(u"team/imported"_s), 7);
        // No project was open: the one imported into opens, so the runs show.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->engine()->cache().runs(u"team/imported"_s).size(), 7, 20000);
        const QString shot = QDir(QStringLiteral(NEREID_SCREENSHOT_DIR)).filePath(u"importdialog.png"_s);
        QVERIFY(dialog->grab().save(shot));

        // Again: every run is skipped, nothing new on the server.
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 60000);
        QVERIFY2(dialog->findChild<QLabel *>(u"importCounts"_s)
                     ->text()
                     .startsWith(u"7 of 7 run(s): 0 created, 0 updated, 7 skipped"_s),
                 qPrintable(dialog->findChild<QLabel *>(u"importCounts"_s)->text()));
        QCOMPARE(runCount(u"team/imported"_s), 7);
        dialog->close();
    }

    void importsTheOtherSources_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("counts");
        QTest::addColumn<QString>("logs");
        QTest::newRow("TensorBoard") << 1 << u"tensorboard/runs"_s << u"2 of 2 run(s): 2 created"_s
                                     << u"not imported: "_s; // the histograms
        QTest::newRow("Neptune queue") << 2 << u"neptune-offline"_s << u"2 of 2 run(s): 2 created"_s
                                       << u"baseline-offline: created"_s;
    }

    void importsTheOtherSources()
    {
        QFETCH(int, source);
        QFETCH(QString, path);
        QFETCH(QString, counts);
        QFETCH(QString, logs);
        ImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QComboBox *>(u"importSource"_s)->setCurrentIndex(source);
        dialog->findChild<QLineEdit *>(u"importPath"_s)->setText(Fixtures + u"/../"_s + path);
        dialog->findChild<QComboBox *>(u"importProject"_s)
            ->setCurrentText(u"team/"_s + QString::fromLatin1(QTest::currentDataTag()).left(3).toLower());
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 60000);
        const QString text = dialog->findChild<QLabel *>(u"importCounts"_s)->text();
        QVERIFY2(text.startsWith(counts), qPrintable(text));
        const QString log = dialog->findChild<QPlainTextEdit *>(u"importLog"_s)->toPlainText();
        QVERIFY2(log.contains(logs), qPrintable(log));
        dialog->close();
    }

    void aSourceThatIsNoneSaysWhy()
    {
        QTemporaryDir empty;
        ImportDialog *dialog = openDialog();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(u"importPath"_s)->setText(empty.path());
        dialog->findChild<QComboBox *>(u"importProject"_s)->setCurrentText(u"team/other"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isImporting(), 20000);
        const QString problem = dialog->findChild<QLabel *>(u"importProblem"_s)->text();
        QVERIFY2(problem.contains(u"holds no MLflow experiment"_s), qPrintable(problem));
        QVERIFY(dialog->findChild<QPushButton *>(u"importButton"_s)->isEnabled()); // fix the path, try again

        dialog->findChild<QComboBox *>(u"importProject"_s)->setCurrentText(u"no-slash"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->isImporting());
        QCOMPARE(dialog->findChild<QLabel *>(u"importProblem"_s)->text(), u"Name the project as workspace/project."_s);
        dialog->close();
    }

    void cleanupTestCase() { m_session.reset(); }

private:
    ImportDialog *openDialog()
    {
        m_session->window()->menus()->importRuns()->trigger();
        ImportDialog *dialog = nullptr;
        for (ImportDialog *candidate : m_session->window()->findChildren<ImportDialog *>())
            if (candidate->isVisible())
                dialog = candidate;
        return dialog;
    }

    int runCount(const QString &project)
    {
        int count = 0;
        for (const char *trashed : {"false", "true"})
            count +=
                int(m_api.get(projectPath(project) + u"/runs?limit=1000&trashed="_s + QLatin1String(trashed))[u"runs"_s]
                        .toArray()
                        .size());
        return count;
    }

    TestServer m_server;
    ApiClient m_api{QUrl(), QString()};
    std::unique_ptr<AppSession> m_session;
};

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    useTemporaryHome(home);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"nereid-test-import"_s);
    QApplication::setOrganizationName(u"NereidTest"_s);
    TestImportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_importdialog.moc"
