#include "importcommand.h"

#include "commandtarget.h"
#include "importclient.h"
#include "jsonlimporter.h"
#include "mlflowfilestore.h"
#include "mlflowimporter.h"
#include "mlflowreststore.h"
#include "mlflowsqlstore.h"
#include "neptunequeue.h"
#include "neptunequeueimporter.h"
#include "tensorboardfolder.h"
#include "tensorboardimporter.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <unistd.h>

namespace nereid {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

QString kindWord(RunOutcome::Kind kind)
{
    switch (kind) {
    case RunOutcome::Created:
        return ImportCommand::tr("created");
    case RunOutcome::Updated:
        return ImportCommand::tr("updated");
    case RunOutcome::Skipped:
        return ImportCommand::tr("skipped (imported already)");
    case RunOutcome::Failed:
        break;
    }
    return ImportCommand::tr("FAILED");
}

} // namespace

bool ImportCommand::isImport(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("import");
}

int ImportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Imports runs into a Nereid project."));
    parser.addHelpOption();
    const QCommandLineOption project{QStringLiteral("project"), tr("Import into PROJECT (workspace/project)."),
                                     tr("PROJECT")};
    const QCommandLineOption server{QStringLiteral("server"),
                                    tr("Import into the nereid-server at URL instead of the private local one."),
                                    tr("URL")};
    const QCommandLineOption tokenFile{QStringLiteral("token-file"), tr("Read the API token for --server from FILE."),
                                       tr("FILE")};
    const QCommandLineOption mlflowUri{QStringLiteral("mlflow-uri"),
                                       tr("Import from the MLflow tracking server at URL (instead of PATH)."),
                                       tr("URL")};
    const QCommandLineOption mlflowTokenFile{
        QStringLiteral("mlflow-token-file"),
        tr("Send the token in FILE to the MLflow tracking server (as MLFLOW_TRACKING_TOKEN is sent)."), tr("FILE")};
    parser.addOptions({project, server, tokenFile, mlflowUri, mlflowTokenFile});
    parser.addPositionalArgument(QStringLiteral("import"), tr("The import command."));
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("The kind of source: mlflow, tensorboard, neptune-queue or jsonl."));
    parser.addPositionalArgument(
        QStringLiteral("path"),
        tr("An MLflow file store (an mlruns folder), SQL store (an SQLite mlflow.db) or tracking server "
           "(http://HOST:PORT); a TensorBoard log folder; "
           "a .neptune folder (or the folder holding it); the runs.jsonl of a `nereid export --format jsonl`."));
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        return CannotStart;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(1);
    const bool jsonl = kind == QLatin1String("jsonl");
    const bool neptune = kind == QLatin1String("neptune-queue");
    const bool mlflow = kind == QLatin1String("mlflow");
    // The MLflow server's URL comes as PATH or as --mlflow-uri, never both.
    const bool uriOption = parser.isSet(mlflowUri);
    if (positional.size() != (uriOption ? 2 : 3) || (uriOption && !mlflow) ||
        (parser.isSet(mlflowTokenFile) && !mlflow) ||
        (!mlflow && kind != QLatin1String("tensorboard") && !jsonl && !neptune) || !parser.isSet(project) ||
        (parser.isSet(server) && !parser.isSet(tokenFile))) {
        print(stderr, tr("Usage: nereid import mlflow|tensorboard|neptune-queue|jsonl PATH --project WORKSPACE/PROJECT "
                         "[--server URL --token-file FILE]\n"
                         "       nereid import mlflow --mlflow-uri URL --project WORKSPACE/PROJECT "
                         "[--mlflow-token-file FILE] [--server URL --token-file FILE]\n"));
        return CannotStart;
    }

    QString error;
    QList<MlflowRun> runs;
    QList<TensorBoardRun> tensorBoardRuns;
    QList<NeptuneQueueRun> queues;
    QString path = uriOption ? parser.value(mlflowUri) : positional.at(2);
    if (path.startsWith(QLatin1String("sqlite:")))
        path = QUrl(path).path();
    const bool rest = mlflow && MlflowRestStore::isUrl(path);
    QString mlflowToken;
    if (parser.isSet(mlflowTokenFile)) {
        QFile file(parser.value(mlflowTokenFile));
        if (!file.open(QIODevice::ReadOnly)) {
            print(stderr, tr("nereid import: the MLflow token file %1 cannot be read: %2\n")
                              .arg(file.fileName(), file.errorString()));
            return CannotStart;
        }
        mlflowToken = QString::fromUtf8(file.readAll()).trimmed();
    }
    const bool read = jsonl                                  ? true
                      : neptune                              ? NeptuneQueue::read(path, &queues, &error)
                      : kind == QLatin1String("tensorboard") ? TensorBoardFolder::read(path, &tensorBoardRuns, &error)
                      : rest                    ? MlflowRestStore(QUrl(path), mlflowToken).read(&runs, &error)
                      : QFileInfo(path).isDir() ? MlflowFileStore::read(path, &runs, &error)
                                                : MlflowSqlStore::read(path, &runs, &error);
    if (!read) {
        print(stderr, tr("nereid import: %1\n").arg(error));
        return CannotStart;
    }

    CommandTarget target;
    if (!target.open(parser.isSet(server) ? parser.value(server) : QString(), parser.value(tokenFile), &error)) {
        print(stderr, tr("nereid import: %1\n").arg(error));
        return CannotStart;
    }

    ImportClient client(target.url(), target.token());
    const bool terminal = isatty(fileno(stdout));
    if (terminal) // a large file takes a while to upload: its bytes so far, on the progress line
        client.setUploadProgress([shown = qint64(-1)](qint64 sent, qint64 size) mutable {
            if (size <= 0 || (sent < size && sent - shown < (1 << 20) && sent > shown))
                return; // a line per MiB, not per chunk (Qt ends with a last report of 0 of 0)
            shown = sent;
            print(stdout, QStringLiteral("\r\033[K") + tr("uploading a file: %1 of %2 byte(s)").arg(sent).arg(size));
        });
    const qsizetype total =
        jsonl ? JsonlImporter::countRuns(path) : runs.size() + tensorBoardRuns.size() + queues.size();
    // How a run is named in the output: its custom_run_id (a JSON Lines export's runs keep theirs as they are).
    const auto sourceId = [&](const RunOutcome &outcome) {
        return !outcome.source.isEmpty() ? outcome.source
               : jsonl                   ? outcome.uuid
                                         : kind + QLatin1Char(':') + outcome.uuid;
    };
    int done = 0, failed = 0;
    qint64 points = 0;
    const auto report = [&](const RunOutcome &outcome) {
        ++done;
        failed += outcome.kind == RunOutcome::Failed;
        points += outcome.points;
        for (const QString &rename : outcome.renames)
            print(stderr, tr("%1: renamed: %2\n").arg(outcome.name, rename));
        for (const QString &unmapped : outcome.unmapped)
            print(stderr, tr("%1: not imported: %2\n").arg(outcome.name, unmapped));
        for (const QString &note : outcome.notes)
            print(stderr, tr("%1: %2\n").arg(outcome.name, note));
        if (outcome.skippedRecords > 0)
            print(stderr, tr("%1: %n damaged record(s) skipped (a checksum mismatch, or no event)\n", nullptr,
                             int(outcome.skippedRecords))
                              .arg(outcome.name));
        if (outcome.kind == RunOutcome::Failed)
            print(stderr, tr("%1 (%2): %3\n").arg(outcome.name, sourceId(outcome), outcome.error));
        if (terminal)
            print(stdout, QStringLiteral("\r\033[K") +
                              tr("[%1/%2] %3 %4").arg(done).arg(total).arg(kindWord(outcome.kind), outcome.name));
        else
            print(stdout, tr("%1\t%2\t%3\t%n point(s)\n", nullptr, int(outcome.points))
                              .arg(kindWord(outcome.kind), outcome.name, sourceId(outcome)));
    };
    bool started = false;
    if (neptune)
        started = NeptuneQueueImporter(&client, parser.value(project)).import(queues, report, &error);
    else if (jsonl)
        started = JsonlImporter(&client, parser.value(project)).import(path, report, &error);
    else if (kind == QLatin1String("tensorboard"))
        started = TensorBoardImporter(&client, parser.value(project)).import(tensorBoardRuns, report, &error);
    else
        started = MlflowImporter(&client, parser.value(project)).import(runs, report, &error);
    if (!started) {
        print(stderr, tr("nereid import: %1\n").arg(error));
        return CannotStart;
    }
    if (terminal)
        print(stdout, QStringLiteral("\n"));
    print(stdout, tr("%1 of %2 run(s) imported, %3 point(s) written, %4 failed.\n")
                      .arg(done - failed)
                      .arg(total)
                      .arg(points)
                      .arg(failed));
    return failed ? SomeRunsFailed : Done;
}

} // namespace nereid
