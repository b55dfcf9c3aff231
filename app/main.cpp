#include "appoptions.h"
#include "appsession.h"
#include "views/appicon.h"
#include "views/languageloader.h"
#include "views/systemcolorscheme.h"
#include "views/themepalette.h"

#include <QApplication>
#include <QMessageBox>

using namespace nereid;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nereid"));
    QApplication::setOrganizationName(QStringLiteral("Nereid"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nereid"));
    QApplication::setApplicationVersion(QStringLiteral(NEREID_VERSION));
    // Desktop integration (issue 8): the desktop file's name (Wayland finds the icon through it), the icon, the
    // language (before any text is made, --help included) and the colours, which follow the system's while the
    // preferences say so.
    QApplication::setDesktopFileName(QStringLiteral("org.nereid.Nereid"));
    QApplication::setWindowIcon(AppIcon::icon());
    LanguageLoader::install(&app);
    SystemColorScheme colorScheme;
    ThemePalette::applySaved(colorScheme);
    QObject::connect(&colorScheme, &SystemColorScheme::changed, &app,
                     [&colorScheme] { ThemePalette::applySaved(colorScheme); });

    AppSession session(AppOptions::parse(QApplication::arguments()));
    QString error;
    if (!session.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Nereid cannot start"), error);
        return 1;
    }
    return QApplication::exec();
}
