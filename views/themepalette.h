#pragma once

#include <QPalette>
#include <QString>

namespace nereid {

class SystemColorScheme;

// The app's colours: light, dark, or the system's choice, kept in the settings under ThemePalette::SettingsKey.
// Dark needs the Fusion style: the other styles draw with their own colours and ignore a dark palette.
class ThemePalette
{
public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    static inline const QString SettingsKey = QStringLiteral("appearance/theme");

    static Theme savedTheme();
    static void saveTheme(Theme theme);

    // Applies `theme` to the application now (System: dark when `scheme` prefers dark).
    static void apply(Theme theme, const SystemColorScheme &scheme);
    static void applySaved(const SystemColorScheme &scheme) { apply(savedTheme(), scheme); }

    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace nereid
