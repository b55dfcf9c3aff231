// WalCheckpointer: the cache's write-ahead log is copied into the database on a thread of its own while the app
// keeps writing, so the log stays small; a burst of writes faster than that thread still has the log bounded;
// everything written is there after a clean close, which deletes the log.
#include "cache/cachedatabase.h"
#include "cache/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace nereid;

namespace {

constexpr qint64 PageBytes = 8192;        // the cache's page size
const QByteArray Payload(64 * 1024, 'x'); // 8 pages a batch

} // namespace

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void logStartsOverAfterACheckpoint();
    void burstKeepsTheLogBounded();
    void everyBatchIsKeptAndTheLogDeleted();

private:
    // Writes `count` batches in a transaction each; answers the largest size the log file reached.
    qint64 write(int count);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_log;
    std::unique_ptr<CacheDatabase> m_db;
    int m_written = 0;
};

void TestWalCheckpointer::init()
{
    m_file = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    m_log = m_file + QStringLiteral("-wal");
    m_db = std::make_unique<CacheDatabase>();
    m_db->open(m_file);
    m_db->exec(QStringLiteral("CREATE TABLE batches (id INTEGER PRIMARY KEY, payload BLOB)"));
    m_written = 0;
}

qint64 TestWalCheckpointer::write(int count)
{
    qint64 largest = 0;
    for (int batch = 0; batch < count; ++batch) {
        m_db->begin();
        QSqlQuery &insert = m_db->prepared(QStringLiteral("INSERT INTO batches (payload) VALUES (?)"));
        insert.bindValue(0, Payload);
        m_db->exec(insert);
        m_db->commit();
        ++m_written;
        largest = std::max(largest, QFileInfo(m_log).size());
    }
    return largest;
}

// Past 1,000 pages the thread copies the log; the next write starts it over instead of making it longer.
void TestWalCheckpointer::logStartsOverAfterACheckpoint()
{
    const qint64 first = write(130);
    QVERIFY(first > WalCheckpointer::LogPages * PageBytes);
    QTRY_VERIFY(m_db->checkpointer()->completed() >= 1 && !m_db->checkpointer()->isBusy());
    const qint64 second = write(130);
    QVERIFY2(second <= first + 16 * PageBytes, qPrintable(QStringLiteral("%1 > %2").arg(second).arg(first)));
}

// 77 MB written with no pause: the thread falls behind, and the commits take the checkpoints back at 64 MB.
void TestWalCheckpointer::burstKeepsTheLogBounded()
{
    const qint64 largest = write(1200);
    QVERIFY2(largest < (WalCheckpointer::MostLogPages + 64) * PageBytes, qPrintable(QString::number(largest)));
}

void TestWalCheckpointer::everyBatchIsKeptAndTheLogDeleted()
{
    write(300);
    m_db.reset();
    QVERIFY(!QFileInfo::exists(m_log)); // closed cleanly: the next start skips the damage check
    CacheDatabase reopened;
    reopened.open(m_file);
    QCOMPARE(reopened.scalar(QStringLiteral("SELECT count(*) FROM batches")).toInt(), 300);
    QCOMPARE(reopened.scalar(QStringLiteral("SELECT sum(length(payload)) FROM batches")).toLongLong(),
             300 * qint64(Payload.size()));
}

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "test_walcheckpointer.moc"
