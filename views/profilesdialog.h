#pragma once

#include <QByteArray>
#include <QDialog>
#include <QUrl>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace nereid {

// File > Profiles > Manage profiles…: the connection profiles in a list, with Edit… and Delete. The dialog only
// asks; the session does the editing and deleting (editRequested, deleteRequested) and hands the new list back
// (setProfiles). Delete asks first, and whether the profile's cached runs go too (kept unless asked). The built-in
// profile (the private server on this computer) can be neither edited nor deleted. Below the list, the SHA-256
// fingerprint of the certificate the selected profile trusts (pinned when the user trusted it), with Forget
// certificate (forgetCertificateRequested), after which that certificate is asked about again.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString name;
        QUrl url;
        bool builtIn = false; // the private server: no URL of its own, never deleted
        // The SHA-256 digest of the server certificate pinned for the profile; empty when none.
        QByteArray certificate = {};
    };

    explicit ProfilesDialog(QWidget *parent = nullptr);

    // `current`: the open profile, marked in the list.
    void setProfiles(const QList<Entry> &profiles, const QString &current);
    QString selectedName() const;
    void selectProfile(const QString &name);

signals:
    void editRequested(const QString &name);
    void deleteRequested(const QString &name, bool deleteCache);
    void forgetCertificateRequested(const QString &name);

private:
    void updateButtons();
    void confirmDelete();

    QTreeWidget *m_list;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_certificate;
    QPushButton *m_forget;
    QList<Entry> m_profiles;
    QString m_current;
};

} // namespace nereid
