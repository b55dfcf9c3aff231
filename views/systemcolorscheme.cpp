#include "systemcolorscheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QStandardPaths>

namespace nereid {

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString Appearance = QStringLiteral("org.freedesktop.appearance");
const QString ColorScheme = QStringLiteral("color-scheme");

// The portal's color-scheme: 0 no preference, 1 prefer dark, 2 prefer light. Read() wraps the value in one
// variant more than ReadOne() does, so unwrap until it is a number.
std::optional<bool> darkFromPortalValue(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    bool ok = false;
    const uint scheme = value.toUInt(&ok);
    if (!ok)
        return std::nullopt;
    return scheme == 1;
}

} // namespace

SystemColorScheme::SystemColorScheme(QObject *parent)
    : QObject(parent)
{
    const std::optional<bool> portal = readPortal();
    m_dark = portal ? *portal : readGtkSettings();
    QDBusConnection::sessionBus().connect(PortalService, PortalPath, PortalSettings, QStringLiteral("SettingChanged"),
                                          this, SLOT(onPortalSettingChanged(QString, QString, QDBusVariant)));
}

void SystemColorScheme::onPortalSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value)
{
    if (nameSpace != Appearance || key != ColorScheme)
        return;
    const bool dark = darkFromPortalValue(value.variant()).value_or(false);
    if (dark == m_dark)
        return;
    m_dark = dark;
    emit changed();
}

std::optional<bool> SystemColorScheme::readPortal()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return std::nullopt;
    QDBusMessage call =
        QDBusMessage::createMethodCall(PortalService, PortalPath, PortalSettings, QStringLiteral("Read"));
    call << Appearance << ColorScheme;
    // A short timeout: a session bus without a portal must not hold up the start.
    const QDBusMessage reply = bus.call(call, QDBus::Block, 500);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return std::nullopt;
    return darkFromPortalValue(reply.arguments().constFirst());
}

bool SystemColorScheme::readGtkSettings()
{
    // GTK_THEME=Adwaita:dark or a theme named ...-dark.
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME").toLower();
    if (!gtkTheme.isEmpty())
        return gtkTheme.endsWith(QLatin1String(":dark")) || gtkTheme.endsWith(QLatin1String("-dark"));
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (gsettings.isEmpty())
        return false;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"), ColorScheme});
    if (!process.waitForFinished(1000) || process.exitCode() != 0)
        return false;
    return QString::fromUtf8(process.readAllStandardOutput()).contains(QLatin1String("prefer-dark"));
}

} // namespace nereid
