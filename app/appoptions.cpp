#include "appoptions.h"

#include "domain/projectname.h"

#include <cstdio>
#include <QCommandLineParser>

namespace nereid {

namespace {

[[noreturn]] void failWith(const QCommandLineParser &parser, const QString &message)
{
    std::fprintf(stderr, "nereid: %s\n\n%s", qPrintable(message), qPrintable(parser.helpText()));
    std::exit(2); // NOLINT(concurrency-mt-unsafe): options are read before any thread of ours starts
}

// nereid's options on a QCommandLineParser, the same for both passes.
struct OptionParser
{
    OptionParser();
    // The options of a line that parsed; bad values print what is wrong and exit with status 2.
    AppOptions options();

    QCommandLineParser parser;
    const QCommandLineOption server{
        QStringLiteral("server"), AppOptions::tr("Connect to the nereid-server at URL instead of a private local one."),
        AppOptions::tr("URL")};
    const QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                       AppOptions::tr("Read the API token for --server from FILE."),
                                       AppOptions::tr("FILE")};
    const QCommandLineOption project{QStringLiteral("project"), AppOptions::tr("Open PROJECT (workspace/project)."),
                                     AppOptions::tr("PROJECT")};
};

OptionParser::OptionParser()
{
    parser.setApplicationDescription(AppOptions::tr("Nereid: explore the runs of your machine-learning projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({server, tokenFile, project});
}

AppOptions OptionParser::options()
{
    AppOptions options;
    if (parser.isSet(server)) {
        options.server = QUrl(parser.value(server), QUrl::StrictMode);
        if (!options.server.isValid() || !options.server.scheme().startsWith(QLatin1String("http")))
            failWith(parser,
                     AppOptions::tr("--server needs an http or https URL, not \"%1\".").arg(parser.value(server)));
        if (!parser.isSet(tokenFile))
            failWith(parser, AppOptions::tr("--server needs --token-file with the API token."));
        options.tokenFile = parser.value(tokenFile);
    } else if (parser.isSet(tokenFile)) {
        failWith(parser, AppOptions::tr("--token-file goes with --server."));
    }
    if (parser.isSet(project)) {
        options.project = parser.value(project);
        if (const auto name = ProjectName::parse(options.project); !name)
            failWith(parser, name.error().message);
    }
    return options;
}

} // namespace

std::optional<AppOptions> AppOptions::parseBeforeGui(const QStringList &arguments)
{
    OptionParser options;
    // Qt's GUI options are single-dash words (-platform, -reverse): read as letters, -reverse would be -v.
    options.parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool parsed = options.parser.parse(arguments);
    if (options.parser.isSet(QStringLiteral("version")))
        options.parser.showVersion();
    if (options.parser.isSet(QStringLiteral("help")) || options.parser.isSet(QStringLiteral("help-all")))
        options.parser.showHelp(0);
    if (!parsed)
        return std::nullopt; // an option of the GUI's, or a mistake that parse() reports once the GUI took its own
    return options.options();
}

AppOptions AppOptions::parse(const QStringList &arguments)
{
    OptionParser options;
    options.parser.process(arguments);
    return options.options();
}

} // namespace nereid
