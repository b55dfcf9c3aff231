#include "applog.h"
#include "appoptions.h"
#include "appsession.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "views/appicon.h"
#include "views/languageloader.h"
#include "views/problemreport.h"
#include "views/systemcolorscheme.h"
#include "views/themepalette.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

using namespace nereid;

namespace {

void nameApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("nereid"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nereid"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEREID_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line first, without the GUI: QApplication aborts where no display can be opened (a terminal
    // over ssh, a script, a package check), and --help and --version must answer there. The language is the
    // user's from the start, --help included.
    std::optional<AppOptions> options;
    {
        QCoreApplication commandLine(argc, argv);
        nameApplication();
        LanguageLoader::install(&commandLine);
        if (ImportCommand::isImport(QCoreApplication::arguments()))
            return ImportCommand::run(QCoreApplication::arguments());
        if (ExportCommand::isExport(QCoreApplication::arguments()))
            return ExportCommand::run(QCoreApplication::arguments());
        options = AppOptions::parseBeforeGui(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Nereid"));
    // Desktop integration (issue 8): the desktop file's name (Wayland finds the icon through it), the icon, the
    // language (before any text is made) and the colours, which follow the system's while the preferences say so.
    QApplication::setDesktopFileName(QStringLiteral("org.nereid.Nereid"));
    QApplication::setWindowIcon(AppIcon::icon());
    LanguageLoader::install(&app);
    SystemColorScheme colorScheme;
    ThemePalette::applySaved(colorScheme);
    QObject::connect(&colorScheme, &SystemColorScheme::changed, &app,
                     [&colorScheme] { ThemePalette::applySaved(colorScheme); });
    if (AppLog::start(QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                          .filePath(QStringLiteral("logs"))))
        ProblemReport::setLogFile(AppLog::filePath());

    AppSession session(options ? *options : AppOptions::parse(QApplication::arguments()));
    QString error;
    if (!session.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Nereid cannot start"), error);
        return 1;
    }
    return QApplication::exec();
}
