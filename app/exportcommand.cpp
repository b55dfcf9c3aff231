#include "exportcommand.h"

#include "commandtarget.h"
#include "exporter.h"
#include "exportwriter.h"
#include "importclient.h"

#include <cstdio>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <unistd.h>

namespace nereid {

namespace {

constexpr qint64 ProgressStep = 1 << 20;

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// The folder must be new or empty: an export never writes over files that are there.
bool checkFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        *error = ExportCommand::tr("%1 is a file, not a folder").arg(path);
    else if (info.exists() && !QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        *error = ExportCommand::tr("%1 is not empty (an export writes into a new or empty folder)").arg(path);
    else if (!QDir().mkpath(path) || !QFileInfo(path).isWritable())
        *error = ExportCommand::tr("the folder %1 cannot be made or written to").arg(path);
    else
        return true;
    return false;
}

} // namespace

bool ExportCommand::isExport(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("export");
}

int ExportCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports every run of a Nereid project into a folder."));
    parser.addHelpOption();
    const QCommandLineOption project{QStringLiteral("project"), tr("Export PROJECT (workspace/project)."),
                                     tr("PROJECT")};
    const QCommandLineOption format{QStringLiteral("format"), tr("jsonl, csv or mlflow."), tr("FORMAT")};
    const QCommandLineOption server{QStringLiteral("server"),
                                    tr("Export from the nereid-server at URL instead of the private local one."),
                                    tr("URL")};
    const QCommandLineOption tokenFile{QStringLiteral("token-file"), tr("Read the API token for --server from FILE."),
                                       tr("FILE")};
    parser.addOptions({project, format, server, tokenFile});
    parser.addPositionalArgument(QStringLiteral("export"), tr("The export command."));
    parser.addPositionalArgument(QStringLiteral("folder"), tr("A new or empty folder to write into."));
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        return CannotStart;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    const QStringList positional = parser.positionalArguments();
    const std::unique_ptr<ExportWriter> writer = ExportWriter::create(parser.value(format));
    if (positional.size() != 2 || !parser.isSet(project) || !writer ||
        (parser.isSet(server) && !parser.isSet(tokenFile))) {
        print(stderr, tr("Usage: nereid export --project WORKSPACE/PROJECT --format jsonl|csv|mlflow FOLDER "
                         "[--server URL --token-file FILE]\n"));
        return CannotStart;
    }
    const QString &folder = positional.at(1);

    QString error;
    CommandTarget target;
    if (!target.open(parser.isSet(server) ? parser.value(server) : QString(), parser.value(tokenFile), &error)) {
        print(stderr, tr("nereid export: %1\n").arg(error));
        return CannotStart;
    }

    ImportClient client(target.url(), target.token());
    Exporter exporter(&client, parser.value(project), writer.get());
    if (!exporter.checkProject(&error) || !checkFolder(folder, &error)) {
        print(stderr, tr("nereid export: %1\n").arg(error));
        return CannotStart;
    }
    const bool terminal = isatty(fileno(stdout));
    int total = 0, failed = 0, files = 0;
    qint64 points = 0, bytes = 0;
    if (terminal) // a large file takes a while: its bytes so far, on the progress line
        exporter.setFileProgress([shown = qint64(-1)](const QString &file, qint64 received, qint64 size) mutable {
            if (received < size && received - shown < ProgressStep && received > shown)
                return; // a line per MiB, not per chunk
            shown = received;
            print(stdout,
                  QStringLiteral("\r\033[K") +
                      tr("writing %1: %2 of %3 byte(s)").arg(QFileInfo(file).fileName()).arg(received).arg(size));
        });
    const bool finished = exporter.exportTo(
        folder,
        [&](const ExportOutcome &outcome) {
            total = outcome.total;
            failed += !outcome.error.isEmpty();
            points += outcome.points;
            files += outcome.files;
            bytes += outcome.bytes;
            for (const QString &skipped : outcome.skipped)
                print(stderr, tr("%1: not exported: %2\n").arg(outcome.id, skipped));
            if (!outcome.error.isEmpty())
                print(stderr, tr("%1 (%2): FAILED: %3\n").arg(outcome.id, outcome.name, outcome.error));
            const QString word = outcome.error.isEmpty() ? tr("exported") : tr("FAILED");
            if (terminal)
                print(stdout, QStringLiteral("\r\033[K") + tr("[%1/%2] %3 %4 %5")
                                                               .arg(outcome.index)
                                                               .arg(outcome.total)
                                                               .arg(word, outcome.id, outcome.name));
            else
                print(
                    stdout,
                    tr("%1\t%2\t%3\t%n point(s)\n", nullptr, int(outcome.points)).arg(word, outcome.id, outcome.name));
        },
        &error);
    if (terminal && total)
        print(stdout, QStringLiteral("\n"));
    if (!finished) {
        print(stderr, tr("nereid export: %1\n").arg(error));
        return total ? SomeRunsFailed : CannotStart;
    }
    if (exporter.objectsLeftOut())
        print(stderr, tr("not exported: %1 model(s) and model version(s): the %2 format holds runs only\n")
                          .arg(exporter.objectsLeftOut())
                          .arg(parser.value(format)));
    print(stdout, tr("%1 of %2 object(s) exported, %3 point(s) and %4 file(s) of %5 byte(s) written, %6 failed.\n")
                      .arg(total - failed)
                      .arg(total)
                      .arg(points)
                      .arg(files)
                      .arg(bytes)
                      .arg(failed));
    return failed ? SomeRunsFailed : Done;
}

} // namespace nereid
