// WalCheckpointer: the cache's write-ahead log is copied into the database on a thread of its own while the app
// keeps writing, so the log stays small; a burst of writes faster than that thread still has the log bounded;
// everything written is there after a clean close, which deletes the log.
#include "cache/cachedatabase.h"
#include "cache/walcheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace nereid;

namespace {

constexpr qint64 PageBytes = 8192;            // the cache's page size
constexpr qint64 FrameBytes = PageBytes + 24; // a page in the log, after its frame header
constexpr qint64 WalHeaderBytes = 32;
const QByteArray Payload(qsizetype(64) * 1024, 'x'); // 8 pages a batch

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
    // The log header's checkpoint sequence number, which SQLite counts up each time the log starts over.
    quint32 logSequence() const;

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

quint32 TestWalCheckpointer::logSequence() const
{
    QFile log(m_log);
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = log.read(32); // https://sqlite.org/fileformat.html#wal_file_format
    return header.size() == 32 ? qFromBigEndian<quint32>(header.constData() + 12) : 0;
}

// Past 1,000 pages the thread copies the log; the next write starts it over instead of making it longer.
// Writes stop at the commit that asks for the copy: with commits after it, one could find the copy done and start
// the log over, and the last ones would stay in the new log uncopied (too few to ask for a copy), a race the
// machine's load decided. The log's header counts the times it started over.
void TestWalCheckpointer::logStartsOverAfterACheckpoint()
{
    const qint64 asking = WalHeaderBytes + WalCheckpointer::LogPages * FrameBytes; // a log of 1,000 pages
    qint64 size = 0;
    for (int batch = 0; batch < 200 && size < asking; ++batch)
        size = write(1);
    QVERIFY2(size >= asking && size < asking + 16 * FrameBytes, qPrintable(QString::number(size)));
    QTRY_VERIFY(m_db->checkpointer()->completed() == 1 && !m_db->checkpointer()->isBusy());
    const quint32 startedOver = logSequence();
    write(1);
    QCOMPARE(logSequence(), startedOver + 1);
    QCOMPARE(QFileInfo(m_log).size(), size); // written at its start, not at its end
    // A write with no checkpoint before it goes on in the same log: the count is of restarts, not of writes.
    write(1);
    QCOMPARE(logSequence(), startedOver + 1);
    QCOMPARE(QFileInfo(m_log).size(), size);
}

// 77 MB written with no pause: the thread falls behind, and the commits take the checkpoints back at 64 MB. Under
// load this once went past the bound: a commit's checkpoint did nothing while the thread's was under way (SQLite
// runs one at a time), so the log grew for as long as the thread was descheduled; the commit now waits for it.
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
