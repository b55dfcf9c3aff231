// AppSession and server certificates the system does not trust: the user may trust one for the open profile.
#include "appsession.h"
#include "sync/certificatepin.h"
#include "sync/syncengine.h"
#include "views/certificatedialog.h"
#include "views/mainwindow.h"

#include <QMessageBox>

namespace nereid {

void AppSession::watchCertificates()
{
    m_declinedCertificate.clear();
    // Queued: the refusal comes from inside the network handshake, which must not wait on a dialog. The engine may
    // have been switched for another one by the time it arrives.
    connect(
        &m_engine->connection(), &ApiConnection::certificateRefused, this,
        [this, engine = m_engine.get()](const SyncError &error) {
            if (engine == m_engine.get())
                askToTrust(error);
        },
        Qt::QueuedConnection);
    // Refresh asks again about a certificate the user did not trust.
    connect(m_window.get(), &MainWindow::syncRequested, this, [this] { m_declinedCertificate.clear(); });
}

void AppSession::askToTrust(const SyncError &error)
{
    // --server and Local are not saved profiles, so there is nothing to pin in: the status bar says what failed.
    if (openProfile().isEmpty() || ProfileStore::isLocal(m_profileName))
        return;
    if (!error.certificate || error.certificate->isNull())
        return;
    const QByteArray fingerprint = CertificatePin::fingerprintOf(*error.certificate);
    // Every request on a new connection fails alike: one question at a time, a refused one only once, and none
    // left over for a certificate trusted meanwhile.
    if (m_askingTrust || fingerprint == m_declinedCertificate ||
        fingerprint == m_engine->connection().profile().pinnedCertificate)
        return;
    m_askingTrust = true;
    SyncEngine *engine = m_engine.get();
    const QUrl server = engine->connection().profile().baseUrl;
    CertificateDialog dialog(*error.certificate, server.toString(), m_profileName,
                             error.kind == SyncError::Kind::ChangedCertificate, m_window.get());
    const bool trusted = dialog.exec() == QDialog::Accepted;
    m_askingTrust = false;
    if (engine != m_engine.get())
        return;
    if (!trusted) {
        m_declinedCertificate = fingerprint;
        return;
    }
    QString problem;
    if (!m_profiles.pinCertificate(m_profileName, fingerprint, &problem)) {
        QMessageBox::warning(m_window.get(), tr("Trust certificate"), problem);
        return;
    }
    engine->connection().pinCertificate(fingerprint);
    if (m_project.isEmpty())
        chooseProject();
    else
        engine->syncNow(m_project);
}

} // namespace nereid
