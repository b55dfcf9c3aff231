#include "themepalette.h"

#include "systemcolorscheme.h"

#include <memory>
#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace nereid {

namespace {

QString themeName(ThemePalette::Theme theme)
{
    switch (theme) {
    case ThemePalette::Theme::Light:
        return QStringLiteral("light");
    case ThemePalette::Theme::Dark:
        return QStringLiteral("dark");
    case ThemePalette::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

ThemePalette::Theme ThemePalette::savedTheme()
{
    const QString name = QSettings().value(SettingsKey).toString();
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void ThemePalette::saveTheme(Theme theme)
{
    QSettings().setValue(SettingsKey, themeName(theme));
}

void ThemePalette::apply(Theme theme, const SystemColorScheme &scheme)
{
    const bool dark = theme == Theme::Dark || (theme == Theme::System && scheme.prefersDark());
    // Until a palette was set, a light system keeps the platform's own style and colours.
    static bool paletteSet = false;
    if (!dark && theme == Theme::System && !paletteSet)
        return;
    paletteSet = true;
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
}

QPalette ThemePalette::lightPalette()
{
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

QPalette ThemePalette::darkPalette()
{
    // Greys a little lighter than black, so frames and raised controls stay visible; a blue highlight that reads
    // on both the base and the window colour.
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x82, 0x87);
    const QColor highlight(0x2a, 0x6d, 0xb0);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x43));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabledText);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3f, 0x43));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x27, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x48, 0x4d));
    return palette;
}

} // namespace nereid
