#pragma once

#include <optional>
#include <QObject>

class QDBusVariant;

namespace nereid {

// Whether the desktop asks for dark colours. Qt 6.4 has no QStyleHints::colorScheme, so this asks the
// freedesktop settings portal (org.freedesktop.appearance color-scheme, which GNOME, KDE and others answer) and
// follows its changes; without a portal it reads GTK_THEME and GNOME's gsettings once; otherwise light.
class SystemColorScheme : public QObject
{
    Q_OBJECT

public:
    explicit SystemColorScheme(QObject *parent = nullptr);

    bool prefersDark() const { return m_dark; }

signals:
    // The desktop switched between light and dark.
    void changed();

private slots:
    void onPortalSettingChanged(const QString &nameSpace, const QString &key, const QDBusVariant &value);

private:
    static std::optional<bool> readPortal();
    static bool readGtkSettings();

    bool m_dark = false;
};

} // namespace nereid
