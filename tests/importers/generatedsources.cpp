#include "generatedsources.h"

#include "crc32c.h"
#include "tensorboard.pb.h"

#include <cmath>
#include <limits>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <QUuid>

namespace nereid::test {

namespace {

const QStringList RunNames{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")};

// Each run's series and their lengths: the second run's `big` needs two batches.
QList<QMap<QString, int>> shape()
{
    const QMap<QString, int> small{{QStringLiteral("train/loss"), 500}, {QStringLiteral("train/accuracy"), 300}};
    return {small, {{QStringLiteral("big"), GeneratedSource::BigPoints}, {QStringLiteral("train/loss"), 1000}}, small};
}

// Multiples of 1/8 below 2^12: exact in a float32 (TensorBoard's simple_value) and in any decimal writing.
double valueOf(int run, int i)
{
    return run + (i % 4096) * 0.125;
}

// Fills `source.runs` from shape(); `timestamp` gives the timestamp of point i as the format will hand it over.
void describe(GeneratedSource *source, const QStringList &customIds, const std::function<double(int)> &timestamp)
{
    const auto series = shape();
    for (int r = 0; r < series.size(); ++r) {
        GeneratedRun run{customIds.at(r), RunNames.at(r), {}, {}};
        for (auto it = series.at(r).begin(); it != series.at(r).end(); ++it)
            for (int i = 0; i < it.value(); ++i)
                run.series[it.key()].append({double(i), valueOf(r, i), timestamp(i)});
        source->runs.append(run);
    }
}

QByteArray record(const QByteArray &data)
{
    QByteArray out(12, '\0');
    qToLittleEndian<quint64>(quint64(data.size()), out.data());
    qToLittleEndian<quint32>(Crc32c::masked(out.left(8)), out.data() + 8);
    out += data;
    QByteArray crc(4, '\0');
    qToLittleEndian<quint32>(Crc32c::masked(data), crc.data());
    return out + crc;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return QDir().mkpath(QFileInfo(path).path()) && file.open(QIODevice::WriteOnly) &&
           file.write(bytes) == bytes.size();
}

} // namespace

qint64 GeneratedSource::points() const
{
    qint64 n = 0;
    for (const GeneratedRun &run : runs)
        for (const auto &points : run.series)
            n += points.size();
    return n;
}

GeneratedSource GeneratedSource::mlflowSqlStore(const QString &folder, const QString &fixtureDb)
{
    GeneratedSource source{QStringLiteral("mlflow"), QDir(folder).filePath(QStringLiteral("mlflow.db")), {}, {}};
    QStringList uuids;
    for (int r = 0; r < RunNames.size(); ++r)
        uuids.append(QStringLiteral("%1").arg(r + 1, 32, 10, QLatin1Char('0')));
    QStringList customIds;
    for (const QString &uuid : uuids)
        customIds.append(QStringLiteral("mlflow:") + uuid);
    // MLflow keeps milliseconds: 1700000000000 + 7 i ms is (that) / 1000 s, as the importer divides it.
    describe(&source, customIds, [](int i) { return double(1700000000000LL + 7LL * i) / 1000.0; });
    // MLflow lets a step repeat: `big` logs each one twice, and the second point of a step lands on the next double
    // (docs/import.md), so a resume must compare steps such as 49999.000000000007 exactly.
    QList<std::array<double, 3>> &big = source.runs[1].series[QStringLiteral("big")];
    for (qsizetype i = 1; i < big.size(); i += 2)
        big[i][0] = i == 1 ? std::numeric_limits<double>::min() : std::nextafter(double(i / 2), HUGE_VAL);
    for (qsizetype i = 2; i < big.size(); i += 2)
        big[i][0] = double(i / 2);
    QDir().mkpath(folder);
    if (!QFile::copy(fixtureDb, source.path) ||
        !QFile::setPermissions(source.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        source.error = QStringLiteral("cannot copy %1").arg(fixtureDb);
        return source;
    }
    const QString connection = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(source.path);
        QSqlQuery q(db);
        bool ok = db.open() && db.transaction();
        for (const char *table : {"metrics", "latest_metrics", "params", "tags", "runs"})
            ok = ok && q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(table));
        for (int r = 0; ok && r < source.runs.size(); ++r) {
            const GeneratedRun &run = source.runs.at(r);
            ok = q.prepare(QStringLiteral("INSERT INTO runs VALUES (?, ?, 'LOCAL', 'train.py', '', 'test', 'FINISHED', "
                                          "?, ?, '', 'active', ?, 1, NULL)"));
            q.addBindValue(uuids.at(r)), q.addBindValue(run.name), q.addBindValue(1700000000000LL + r);
            q.addBindValue(1700000100000LL + r);
            q.addBindValue(QStringLiteral("file:///nowhere/%1/artifacts").arg(uuids.at(r)));
            ok = ok && q.exec() && q.prepare(QStringLiteral("INSERT INTO tags VALUES ('mlflow.runName', ?, ?)"));
            q.addBindValue(run.name), q.addBindValue(uuids.at(r));
            ok = ok && q.exec() && q.prepare(QStringLiteral("INSERT INTO params VALUES ('lr', ?, ?)"));
            q.addBindValue(QString::number(0.001 * (r + 1))), q.addBindValue(uuids.at(r));
            ok = ok && q.exec() && q.prepare(QStringLiteral("INSERT INTO metrics VALUES (?, ?, ?, ?, ?, 0)"));
            for (auto it = run.series.begin(); ok && it != run.series.end(); ++it)
                for (int i = 0; ok && i < it.value().size(); ++i) {
                    q.addBindValue(it.key()), q.addBindValue(it.value().at(i)[1]);
                    q.addBindValue(1700000000000LL + 7LL * i), q.addBindValue(uuids.at(r));
                    q.addBindValue(it.key() == QLatin1String("big") ? i / 2 : i);
                    ok = q.exec();
                }
        }
        if (!(ok && db.commit()))
            source.error = QStringLiteral("cannot write %1: %2").arg(source.path, q.lastError().text());
    }
    QSqlDatabase::removeDatabase(connection);
    return source;
}

GeneratedSource GeneratedSource::tensorBoardFolder(const QString &folder)
{
    GeneratedSource source{QStringLiteral("tensorboard"), folder, {}, {}};
    const QString file = QStringLiteral("events.out.tfevents.1700000000.test");
    QStringList customIds;
    for (const QString &name : RunNames)
        customIds.append(QStringLiteral("tensorboard:%1/%2").arg(name, file));
    describe(&source, customIds, [](int i) { return 1700000000.0 + 0.5 * i; });
    for (GeneratedRun &run : source.runs) {
        tensorboard::Event version;
        version.set_wall_time(1700000000.0);
        version.set_file_version("brain.Event:2");
        QByteArray bytes = record(QByteArray::fromStdString(version.SerializeAsString()));
        // One event per step holding every series' value, as SummaryWriter.add_scalar calls in a loop write them.
        for (int i = 0; i < GeneratedSource::BigPoints; ++i) {
            tensorboard::Event event;
            for (auto it = run.series.begin(); it != run.series.end(); ++it) {
                if (i >= it.value().size())
                    continue;
                event.set_wall_time(it.value().at(i)[2]);
                event.set_step(i);
                tensorboard::Summary::Value *value = event.mutable_summary()->add_value();
                value->set_tag(it.key().toStdString());
                value->set_simple_value(float(it.value().at(i)[1]));
            }
            if (event.has_summary())
                bytes += record(QByteArray::fromStdString(event.SerializeAsString()));
        }
        if (!writeFile(QDir(folder).filePath(run.name + QLatin1Char('/') + file), bytes))
            source.error = QStringLiteral("cannot write the event file of %1").arg(run.name);
    }
    return source;
}

GeneratedSource GeneratedSource::neptuneQueue(const QString &folder)
{
    GeneratedSource source{QStringLiteral("neptune-queue"), folder, {}, {}};
    QStringList ids;
    for (const char *id : {"a1111111-0000-4000-8000-000000000001", "b2222222-0000-4000-8000-000000000002",
                           "c3333333-0000-4000-8000-000000000003"})
        ids.append(QLatin1String(id));
    QStringList customIds;
    for (const QString &id : ids)
        customIds.append(QStringLiteral("neptune:") + id);
    describe(&source, customIds, [](int i) { return 1700000000.0 + 0.5 * i; });
    // A path used again with another type after a DeleteAttribute, before `big`: a replay of the second run from
    // the start writes a float to what the server holds as a float series by then.
    const QString reused = QStringLiteral("a/x");
    for (int i = 0; i < 10; ++i)
        source.runs[1].series[reused].append({double(i), valueOf(1, i), 1700000000.0 + 0.5 * i});
    for (int r = 0; r < source.runs.size(); ++r) {
        source.runs[r].fileSeries.insert(QStringLiteral("samples"), 3);
        const GeneratedRun &run = source.runs.at(r);
        int version = 0;
        QByteArray log;
        const auto line = [&](const QByteArray &obj) {
            ++version;
            log += "{\"obj\": " + obj + ", \"version\": " + QByteArray::number(version) + ", \"at\": 1700000000.0}\n";
        };
        line(R"({"type": "AssignString", "path": ["sys", "name"], "value": ")" + run.name.toUtf8() + "\"}");
        line(R"({"type": "AddStrings", "path": ["sys", "tags"], "values": ["generated"]})");
        line(R"({"type": "AssignFloat", "path": ["parameters", "lr"], "value": )" +
             QByteArray::number(0.001 * (r + 1)) + "}");
        // Three images (a GIF of one pixel each, in three colours), a file series the resume must not append twice.
        QByteArray images;
        for (const char *gif : {"R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==",
                                "R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
                                "R0lGODlhAQABAPAAAP8AAP///yH5BAAAAAAALAAAAAABAAEAAAICRAEAOw=="})
            images += (images.isEmpty() ? "" : ", ") + QByteArray(R"({"value": {"data": ")") + gif +
                      R"(", "name": "sample", "description": null}, "step": null, "ts": 1700000000.0})";
        line(R"({"type": "LogImages", "path": ["samples"], "values": [)" + images + "]}");
        // The client queues what one log()/extend() call gets: here 1,000 values a line.
        for (auto it = run.series.begin(); it != run.series.end(); ++it) {
            if (it.key() == reused) {
                line(R"({"type": "AssignFloat", "path": ["a", "x"], "value": 1.5})");
                line(R"({"type": "DeleteAttribute", "path": ["a", "x"]})");
            }
            for (qsizetype from = 0; from < it.value().size(); from += 1000) {
                QByteArray values;
                for (qsizetype i = from; i < qMin(from + 1000, it.value().size()); ++i) {
                    const auto &p = it.value().at(i);
                    values += (i > from ? ", " : "") + QByteArray(R"({"value": )") + QByteArray::number(p[1], 'g', 17) +
                              R"(, "step": )" + QByteArray::number(p[0], 'g', 17) + R"(, "ts": )" +
                              QByteArray::number(p[2], 'g', 17) + "}";
                }
                QByteArray path;
                for (const QString &name : it.key().split(QLatin1Char('/')))
                    path += (path.isEmpty() ? "\"" : ", \"") + name.toUtf8() + "\"";
                line(R"({"type": "LogFloats", "path": [)" + path + R"(], "values": [)" + values + "]}");
            }
        }
        const QString dir = QStringLiteral("%1/.neptune/offline/run__%2__100%3__key%3").arg(folder, ids.at(r)).arg(r);
        const QByteArray metadata =
            R"({"mode": "offline", "containerId": ")" + ids.at(r).toUtf8() +
            R"(", "containerType": "run", "structureVersion": 3, "createdAt": "2026-12-02T10:1)" +
            QByteArray::number(r) + R"(:00.000000+00:00"})";
        if (!writeFile(dir + QStringLiteral("/data-1.log"), log) ||
            !writeFile(dir + QStringLiteral("/metadata.json"), metadata) ||
            !writeFile(dir + QStringLiteral("/last_put_version"), QByteArray::number(version)) ||
            !writeFile(dir + QStringLiteral("/last_ack_version"), {}))
            source.error = QStringLiteral("cannot write the queue of %1").arg(run.name);
    }
    return source;
}

} // namespace nereid::test
