#include "appoptions.h"

#include "domain/projectname.h"

#include <cstdio>
#include <QCommandLineParser>

namespace nereid {

namespace {

[[noreturn]] void failWith(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "nereid: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2);
}

} // namespace

AppOptions AppOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Nereid: explore the runs of your machine-learning projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), tr("Connect to the nereid-server at URL instead of a private local one."), tr("URL"));
    const QCommandLineOption tokenFile(QStringLiteral("token-file"), tr("Read the API token for --server from FILE."),
                                       tr("FILE"));
    const QCommandLineOption project(QStringLiteral("project"), tr("Open PROJECT (workspace/project)."), tr("PROJECT"));
    parser.addOptions({server, tokenFile, project});
    parser.process(arguments);

    AppOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || !options.server.scheme().startsWith(QLatin1String("http")))
            failWith(parser, tr("--server needs an http or https URL, not \"%1\".").arg(parser.value(server)));
        if (!parser.isSet(tokenFile))
            failWith(parser, tr("--server needs --token-file with the API token."));
        options.tokenFile = parser.value(tokenFile);
    } else if (parser.isSet(tokenFile)) {
        failWith(parser, tr("--token-file goes with --server."));
    }
    if (parser.isSet(project)) {
        options.project = parser.value(project);
        if (const auto name = ProjectName::parse(options.project); !name)
            failWith(parser, name.error().message);
    }
    return options;
}

} // namespace nereid
