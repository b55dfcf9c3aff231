#include "profilesdialog.h"

#include "certificatedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace nereid {

ProfilesDialog::ProfilesDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_certificate(new QLabel(this))
    , m_forget(new QPushButton(tr("&Forget certificate"), this))
{
    setWindowTitle(tr("Connection profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setHeaderLabels({tr("Profile"), tr("Server")});
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_delete->setObjectName(QStringLiteral("deleteProfile"));
    m_certificate->setObjectName(QStringLiteral("pinnedCertificate"));
    m_certificate->setTextInteractionFlags(Qt::TextSelectableByMouse); // compared with the administrator's
    m_forget->setObjectName(QStringLiteral("forgetCertificate"));
    m_forget->setAutoDefault(false);
    m_forget->setToolTip(tr("Stop trusting this certificate: Nereid asks again when the server presents one "
                            "this computer does not trust."));

    auto *certificate = new QHBoxLayout;
    auto *caption = new QLabel(tr("Pinned certificate (SHA-256):"), this);
    caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    certificate->addWidget(caption);
    certificate->addWidget(m_certificate, 1);
    certificate->addWidget(m_forget, 0, Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(certificate);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->click();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(selectedName()); });
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::confirmDelete);
    connect(m_forget, &QPushButton::clicked, this, [this] { emit forgetCertificateRequested(selectedName()); });
    resize(560, 340);
    updateButtons();
}

void ProfilesDialog::setProfiles(const QList<Entry> &profiles, const QString &current)
{
    const QString selected = selectedName();
    m_profiles = profiles;
    m_current = current;
    m_list->clear();
    for (const Entry &profile : profiles) {
        const QString server = profile.builtIn ? tr("The private server on this computer") : profile.url.toString();
        auto *item = new QTreeWidgetItem(m_list, {profile.name, server});
        if (profile.name == current) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
            item->setToolTip(0, tr("Open now"));
        }
    }
    selectProfile(selected.isEmpty() ? current : selected);
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString ProfilesDialog::selectedName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    const QList<QTreeWidgetItem *> found = m_list->findItems(name, Qt::MatchExactly, 0);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void ProfilesDialog::updateButtons()
{
    const QString name = selectedName();
    const auto entry =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&](const Entry &e) { return e.name == name; });
    const bool builtIn = entry != m_profiles.cend() && entry->builtIn;
    const bool editable = entry != m_profiles.cend() && !builtIn;
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    const QString why = builtIn ? tr("%1 is the server Nereid starts on this computer: it has no address of its own "
                                     "to edit, and it is always there.")
                                      .arg(name)
                                : QString();
    m_edit->setToolTip(why);
    m_delete->setToolTip(why);

    const QByteArray pinned = entry != m_profiles.cend() ? entry->certificate : QByteArray();
    m_forget->setEnabled(!pinned.isEmpty());
    if (pinned.isEmpty()) {
        m_certificate->setFont(font());
        m_certificate->setText(tr("No certificate pinned"));
        return;
    }
    m_certificate->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certificate->setText(CertificateDialog::fingerprintLines(pinned));
}

void ProfilesDialog::confirmDelete()
{
    const QString name = selectedName();
    QMessageBox box(QMessageBox::Question, tr("Delete profile"), tr("Delete the profile %1?").arg(name),
                    QMessageBox::NoButton, this);
    QString details = tr("Its server address and its API token are removed from this computer. The runs on the "
                         "server stay.");
    if (name == m_current) {
        const auto builtIn =
            std::find_if(m_profiles.cbegin(), m_profiles.cend(), [](const Entry &e) { return e.builtIn; });
        if (builtIn != m_profiles.cend())
            details += QLatin1Char(' ') + tr("It is open now: Nereid switches to %1.").arg(builtIn->name);
    }
    box.setInformativeText(details);
    auto *deleteCache = new QCheckBox(tr("Also delete the runs cached from this server"), &box);
    deleteCache->setObjectName(QStringLiteral("deleteCache"));
    box.setCheckBox(deleteCache);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDelete"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == remove)
        emit deleteRequested(name, deleteCache->isChecked());
}

} // namespace nereid
