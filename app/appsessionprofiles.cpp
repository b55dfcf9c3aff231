// AppSession's File > Profiles > Manage profiles…: editing and deleting connection profiles.
#include "appsession.h"
#include "cache/cachelocation.h"
#include "views/connectdialog.h"
#include "views/mainmenus.h"
#include "views/mainwindow.h"
#include "views/profilesdialog.h"

#include <QFile>
#include <QMessageBox>
#include <QSettings>

namespace nereid {

namespace {

QList<ProfilesDialog::Entry> dialogEntries(const ProfileStore &store)
{
    QList<ProfilesDialog::Entry> entries;
    for (const ProfileStore::Profile &profile : store.profiles())
        entries.append({profile.name, profile.url, ProfileStore::isLocal(profile.name), profile.certificate});
    return entries;
}

} // namespace

void AppSession::manageProfiles()
{
    // The open profile edited or deleted: its window and engine go, but only once the dialog is closed, since the
    // dialog is a child of that window.
    enum class Then
    {
        Stay,
        Reconnect,
        SwitchToLocal
    } then = Then::Stay;
    QString deleted;
    bool deleteOpenCache = false;
    {
        ProfilesDialog dialog(m_window.get());
        dialog.setProfiles(dialogEntries(m_profiles), openProfile());
        connect(&dialog, &ProfilesDialog::editRequested, &dialog, [&](const QString &name) {
            if (!editProfile(name, &dialog))
                return;
            if (name == openProfile()) {
                then = Then::Reconnect;
                dialog.accept();
            }
            dialog.setProfiles(dialogEntries(m_profiles), openProfile());
        });
        connect(&dialog, &ProfilesDialog::deleteRequested, &dialog, [&](const QString &name, bool deleteCache) {
            QString error;
            if (!m_profiles.remove(name, &error))
                QMessageBox::warning(&dialog, tr("Delete profile"), error);
            if (m_profiles.names().contains(name))
                return;
            QSettings().remove(QStringLiteral("lastProject/") + name);
            if (name == openProfile()) {
                then = Then::SwitchToLocal;
                deleted = name;
                deleteOpenCache = deleteCache;
                dialog.accept();
                return;
            }
            if (deleteCache && !removeCache(name, &error))
                QMessageBox::warning(&dialog, tr("Delete profile"), error);
            dialog.setProfiles(dialogEntries(m_profiles), openProfile());
        });
        connect(&dialog, &ProfilesDialog::forgetCertificateRequested, &dialog, [&](const QString &name) {
            QString error;
            if (!m_profiles.pinCertificate(name, QByteArray(), &error)) {
                QMessageBox::warning(&dialog, tr("Forget certificate"), error);
                return;
            }
            // The open engine's connections were made under the pin: a new engine, once the dialog is closed,
            // shakes hands afresh and asks about an untrusted certificate again.
            if (name == openProfile() && then == Then::Stay)
                then = Then::Reconnect;
            dialog.setProfiles(dialogEntries(m_profiles), openProfile());
        });
        dialog.exec();
    }
    if (then == Then::Reconnect)
        reconnect(m_profileName);
    else if (then == Then::SwitchToLocal)
        switchTo(ProfileStore::localName());
    // The switch failed when the deleted profile is still open: its cache is in use then.
    if (deleteOpenCache && m_profileName != deleted) {
        QString error;
        if (!removeCache(deleted, &error))
            QMessageBox::warning(m_window.get(), tr("Delete profile"), error);
    }
    m_window->menus()->setProfiles(m_profiles.names(), openProfile());
}

bool AppSession::editProfile(const QString &name, QWidget *parent)
{
    const QList<ProfileStore::Profile> profiles = m_profiles.profiles();
    const auto found = std::find_if(profiles.cbegin(), profiles.cend(), [&](const auto &p) { return p.name == name; });
    if (found == profiles.cend() || ProfileStore::isLocal(name))
        return false;
    ProfileStore::Profile edited;
    {
        ConnectDialog dialog(
            m_profiles.names(),
            [this](const QString &profile) {
                const QString stored = m_profiles.storedTokenPlace(profile);
                return stored.isEmpty() ? m_profiles.tokenPlace(profile) : stored;
            },
            parent);
        dialog.setEditing(name, found->url);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        edited = {name, dialog.url(), dialog.token()};
    }
    if (edited.url == found->url && edited.token.isEmpty())
        return false; // nothing changed
    QString error;
    if (!m_profiles.save(edited, &error)) {
        QMessageBox::warning(parent, tr("Edit profile"), error);
        return false;
    }
    return true;
}

bool AppSession::removeCache(const QString &name, QString *error)
{
    const QString path = CacheLocation::filePathForName(name);
    // SQLite's write-ahead log and shared memory beside the database go with it.
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QFile cache(file);
        if (cache.exists() && !cache.remove()) {
            *error = tr("Cannot delete the cache %1: %2").arg(cache.fileName(), cache.errorString());
            return false;
        }
    }
    return true;
}

} // namespace nereid
