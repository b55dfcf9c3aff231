// nereid-server's blob upload (issue 18), against a real server on loopback: a 1 GiB file sent with one
// PUT /blobs/{sha256} on a raw connection, from the first byte sent to the 201 (the blob hashed, written, fsync'd
// and renamed into place). Baseline in the same run, on the same disk: `sha256sum FILE` plus `cp FILE DIR`, what a
// server that hashed and copied the file with the system's own tools would spend. Prints the medians of
// NEREID_BENCH_RUNS (default 5) runs in MB/s (10^6 bytes per second); the goal is 200 MB/s.
#include "rawconnection.h"
#include "testserver.h"

#include <algorithm>
#include <fcntl.h>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <unistd.h>

using namespace nereid::test;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 FileSize = qint64(1) << 30;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double megabytesPerSecond(qint64 bytes, qint64 ns)
{
    return double(bytes) / (double(ns) / 1e9) / 1e6;
}

// Sends the file's bytes from disk in 1 MiB pieces, as a client streaming a file would.
bool sendFile(RawConnection &client, const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    std::vector<char> buffer(1 << 20);
    bool ok = true;
    for (ssize_t got; ok && (got = ::read(fd, buffer.data(), buffer.size())) > 0;) {
        for (ssize_t sent = 0; ok && sent < got;) {
            const ssize_t n = ::send(client.descriptor(), buffer.data() + sent, std::size_t(got - sent), MSG_NOSIGNAL);
            ok = n > 0;
            sent += std::max<ssize_t>(n, 0);
        }
    }
    ::close(fd);
    return ok;
}

} // namespace

class BenchBlobUpload : public QObject
{
    Q_OBJECT

private slots:
    void uploadOneGiB();
};

void BenchBlobUpload::uploadOneGiB()
{
    QTemporaryDir work;
    const QString file = work.filePath(u"checkpoint.bin"_s);
    QByteArray hash;
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCryptographicHash sha(QCryptographicHash::Sha256);
        QByteArray chunk(8 << 20, Qt::Uninitialized);
        QRandomGenerator generator(18);
        for (qint64 done = 0; done < FileSize; done += chunk.size()) {
            generator.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            sha.addData(chunk);
            QCOMPARE(out.write(chunk), chunk.size());
        }
        hash = sha.result().toHex();
    }
    TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errors()));
    {
        RawConnection client;
        QVERIFY(client.connectTo(server.port()));
        const QByteArray body = R"({"name":"bench/files"})";
        QVERIFY(client.send("POST /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
                            server.token().toUtf8() + "\r\nContent-Type: application/json\r\nContent-Length: " +
                            QByteArray::number(body.size()) + "\r\n\r\n" + body));
        QCOMPARE(client.readResponse().status, 201);
    }
    const QByteArray head =
        "PUT /api/v1/projects/bench/files/blobs/" + hash + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " +
        server.token().toUtf8() +
        "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(FileSize) + "\r\n\r\n";
    const int runs =
        qEnvironmentVariableIntValue("NEREID_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("NEREID_BENCH_RUNS") : 5;
    QList<double> upload;
    QList<double> baseline;
    for (int run = 0; run < runs; ++run) {
        // Each upload stores the file anew (a blob in place is replaced by the same bytes).
        QElapsedTimer timer;
        timer.start();
        RawConnection client;
        QVERIFY(client.connectTo(server.port()));
        QVERIFY(client.send(head));
        QVERIFY(sendFile(client, file));
        const RawResponse answer = client.readResponse(600'000);
        const qint64 uploadNs = timer.nsecsElapsed();
        QVERIFY2(answer.status == 201 || answer.status == 200, answer.body.constData());
        upload.append(megabytesPerSecond(FileSize, uploadNs));

        const QString copy = work.filePath(u"copy"_s);
        QFile::remove(copy);
        timer.restart();
        QCOMPARE(QProcess::execute(u"sha256sum"_s, {file}), 0);
        QCOMPARE(QProcess::execute(u"cp"_s, {file, copy}), 0);
        const qint64 baselineNs = timer.nsecsElapsed();
        baseline.append(megabytesPerSecond(FileSize, baselineNs));
        QFile::remove(copy);
        qInfo("run %d: upload %.0f MB/s, sha256sum + cp %.0f MB/s", run + 1, upload.last(), baseline.last());
    }
    qInfo("median of %d: upload of 1 GiB %.0f MB/s; baseline sha256sum + cp %.0f MB/s", runs, median(upload),
          median(baseline));
}

QTEST_GUILESS_MAIN(BenchBlobUpload)
#include "benchblobupload.moc"
