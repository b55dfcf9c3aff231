#include "views/systemcolorscheme.h"
#include "views/themepalette.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QtTest>

using namespace nereid;

// The app's colours: dark when chosen or when the system prefers dark (here told by GTK_THEME, with the session
// bus and so the portal out of reach), light otherwise, and readable either way.
class TestThemePalette : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void darkChosenMakesWindowsDark();
    void lightChosenAfterDarkMakesThemLight();
    void systemDarkIsFollowed();
    void systemLightIsFollowed();
    void darkPaletteIsReadable();

private:
    static int windowLightness()
    {
        QLabel label(QStringLiteral("x"));
        return label.palette().color(QPalette::Window).lightness();
    }
    static double luminance(const QColor &c);
};

void TestThemePalette::initTestCase()
{
    // No session bus: SystemColorScheme falls back to GTK_THEME, which the tests set.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/nereid-test-bus");
    qputenv("GTK_THEME", "Adwaita");
}

void TestThemePalette::darkChosenMakesWindowsDark()
{
    ThemePalette::apply(ThemePalette::Theme::Dark, SystemColorScheme());
    QCOMPARE_LT(windowLightness(), 80);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QLabel label(QStringLiteral("x"));
    QCOMPARE_GT(label.palette().color(QPalette::WindowText).lightness(), 180);
}

void TestThemePalette::lightChosenAfterDarkMakesThemLight()
{
    ThemePalette::apply(ThemePalette::Theme::Dark, SystemColorScheme());
    ThemePalette::apply(ThemePalette::Theme::Light, SystemColorScheme());
    QCOMPARE_GT(windowLightness(), 180);
}

void TestThemePalette::systemDarkIsFollowed()
{
    qputenv("GTK_THEME", "Adwaita:dark");
    const SystemColorScheme scheme;
    QVERIFY(scheme.prefersDark());
    ThemePalette::apply(ThemePalette::Theme::System, scheme);
    QCOMPARE_LT(windowLightness(), 80);
}

void TestThemePalette::systemLightIsFollowed()
{
    qputenv("GTK_THEME", "Adwaita");
    const SystemColorScheme scheme;
    QVERIFY(!scheme.prefersDark());
    ThemePalette::apply(ThemePalette::Theme::Dark, scheme);
    ThemePalette::apply(ThemePalette::Theme::System, scheme);
    QCOMPARE_GT(windowLightness(), 180);
}

double TestThemePalette::luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

void TestThemePalette::darkPaletteIsReadable()
{
    // WCAG contrast of at least 4.5:1 for text on every background it is drawn on.
    const QPalette palette = ThemePalette::darkPalette();
    const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},
        {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},
        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight},
        {QPalette::ToolTipText, QPalette::ToolTipBase},
        {QPalette::Link, QPalette::Base}};
    for (const auto &[foreground, background] : pairs) {
        const double a = luminance(palette.color(foreground)), b = luminance(palette.color(background));
        const double contrast = (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
        QVERIFY2(contrast >= 4.5,
                 qPrintable(QStringLiteral("role %1 on %2: %3").arg(foreground).arg(background).arg(contrast)));
    }
}

QTEST_MAIN(TestThemePalette)
#include "test_themepalette.moc"
