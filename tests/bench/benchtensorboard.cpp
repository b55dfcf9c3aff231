// Reading TensorBoard event files (issue 22: at least 500,000 scalars/s parsed). One event file of 1,000,000
// scalar events (4 tags, as a training loop's add_scalar writes them: one value per event, tensorboardX's
// simple_value), in memory and in a temporary log folder. Ways, all in this run:
//   readBytes   reading the file's bytes from disk (the baseline the issue names)
//   framing     the TFRecord framing alone: lengths and both CRC-32Cs checked, no decoding (the second baseline)
//   decode      framing + protobuf decoding of every Event into series by tag (TensorBoardEventFile::decode)
//   folder      what `nereid import tensorboard` does before the upload: find the run, read, decode, merge
// Run with `-median 5`; medians() prints the median of 5 rounds of each as scalars per second.
#include "tensorboard.pb.h"
#include "tensorboardeventfile.h"
#include "tensorboardfolder.h"
#include "tfrecordreader.h"

#include <algorithm>
#include <functional>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nereid;

namespace {

constexpr qint64 Scalars = 1000000;

QByteArray eventFile()
{
    QByteArray out;
    nereid::tensorboard::Event version;
    version.set_wall_time(1.7e9);
    version.set_file_version("brain.Event:2");
    out += TfRecordReader::frame(QByteArray::fromStdString(version.SerializeAsString()));
    const char *tags[] = {"train/loss", "train/accuracy", "val/loss", "lr"};
    for (qint64 i = 0; i < Scalars; ++i) {
        nereid::tensorboard::Event event;
        const qint64 step = i / 4; // the four tags share a step
        event.set_wall_time(1.7e9 + double(step) * 0.5);
        event.set_step(step);
        auto *value = event.mutable_summary()->add_value();
        value->set_tag(tags[i % 4]);
        value->set_simple_value(float(1.0 / double(i + 1)));
        out += TfRecordReader::frame(QByteArray::fromStdString(event.SerializeAsString()));
    }
    return out;
}

qint64 scalarsIn(const TensorBoardEventFile &file)
{
    qint64 n = 0;
    for (const auto &points : file.scalars)
        n += points.size();
    return n;
}

} // namespace

class BenchTensorBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readBytes();
    void framing();
    void decode();
    void folder();
    void medians();

private:
    qint64 readBytesOnce();
    qint64 framingOnce();
    qint64 decodeOnce();
    qint64 folderOnce();

    QTemporaryDir m_dir;
    QByteArray m_bytes;
    QString m_path;
};

void BenchTensorBoard::initTestCase()
{
    m_bytes = eventFile();
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("run"))));
    m_path = m_dir.filePath(QStringLiteral("run/events.out.tfevents.1700000000.bench"));
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(m_bytes), m_bytes.size());
    qInfo("event file: %lld scalars, %lld bytes", Scalars, qint64(m_bytes.size()));
}

qint64 BenchTensorBoard::readBytesOnce()
{
    QFile file(m_path);
    return file.open(QIODevice::ReadOnly) ? file.readAll().size() : 0;
}

qint64 BenchTensorBoard::framingOnce()
{
    TfRecordReader reader(m_bytes);
    QByteArrayView record;
    qint64 records = 0;
    while (reader.next(&record))
        ++records;
    return records - 1; // the file_version event
}

qint64 BenchTensorBoard::decodeOnce()
{
    return scalarsIn(TensorBoardEventFile::decode(m_bytes));
}

qint64 BenchTensorBoard::folderOnce()
{
    QList<TensorBoardRun> runs;
    QString error;
    if (!TensorBoardFolder::read(m_dir.path(), &runs, &error) || runs.size() != 1)
        return 0;
    qint64 n = 0;
    for (const auto &points : runs.first().scalars)
        n += points.size();
    return n;
}

void BenchTensorBoard::readBytes()
{
    qint64 n = 0;
    QBENCHMARK
    {
        n = readBytesOnce();
    }
    QCOMPARE(n, m_bytes.size());
}

void BenchTensorBoard::framing()
{
    qint64 n = 0;
    QBENCHMARK
    {
        n = framingOnce();
    }
    QCOMPARE(n, Scalars);
}

void BenchTensorBoard::decode()
{
    qint64 n = 0;
    QBENCHMARK
    {
        n = decodeOnce();
    }
    QCOMPARE(n, Scalars);
}

void BenchTensorBoard::folder()
{
    qint64 n = 0;
    QBENCHMARK
    {
        n = folderOnce();
    }
    QCOMPARE(n, Scalars);
}

void BenchTensorBoard::medians()
{
    const QList<std::pair<const char *, std::function<qint64()>>> ways{
        {"readBytes", [this] { return readBytesOnce(); }},
        {"framing", [this] { return framingOnce(); }},
        {"decode", [this] { return decodeOnce(); }},
        {"folder", [this] { return folderOnce(); }}};
    for (const auto &[name, way] : ways) {
        QList<qint64> ns;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(way() > 0);
            ns.append(timer.nsecsElapsed());
        }
        std::sort(ns.begin(), ns.end());
        const double seconds = double(ns.at(2)) / 1e9;
        qInfo("%-10s median %8.1f ms  %12.0f scalars/s", name, seconds * 1000, double(Scalars) / seconds);
    }
}

QTEST_GUILESS_MAIN(BenchTensorBoard)
#include "benchtensorboard.moc"
