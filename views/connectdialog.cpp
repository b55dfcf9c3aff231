#include "connectdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nereid {

ConnectDialog::ConnectDialog(QStringList takenNames, std::function<QString(const QString &)> tokenPlace,
                             QWidget *parent)
    : QDialog(parent)
    , m_takenNames(std::move(takenNames))
    , m_tokenPlace(std::move(tokenPlace))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_place(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Connect to server"));
    m_name->setObjectName(QStringLiteral("profileName"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://nereid.example.org"));
    m_token->setObjectName(QStringLiteral("apiToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_place->setObjectName(QStringLiteral("tokenPlace"));
    m_place->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Server &URL:"), m_url);
    form->addRow(tr("API &token:"), m_token);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_place);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ConnectDialog::updatePlace);
    updatePlace();
    setMinimumWidth(420);
}

void ConnectDialog::setEditing(const QString &name, const QUrl &url)
{
    m_editing = true;
    setWindowTitle(tr("Edit profile %1").arg(name));
    m_name->setText(name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("The profile's cached runs and its token are kept under its name, so it stays."));
    m_url->setText(url.toString());
    m_token->clear();
    m_token->setPlaceholderText(tr("Leave empty to keep the stored token"));
    m_url->setFocus();
}

QString ConnectDialog::name() const
{
    return m_name->text().trimmed();
}

QUrl ConnectDialog::url() const
{
    // Without a trailing slash, so the profile's URL reads the same however it was typed ("https://host/").
    QUrl server(m_url->text().trimmed());
    if (server.path() == QLatin1String("/"))
        server.setPath({});
    return server.adjusted(QUrl::StripTrailingSlash);
}

QString ConnectDialog::token() const
{
    return m_token->text().trimmed();
}

QString ConnectDialog::problem() const
{
    if (name().isEmpty())
        return tr("Give the profile a name.");
    if (!m_editing && m_takenNames.contains(name(), Qt::CaseInsensitive))
        return tr("A profile named %1 exists already.").arg(name());
    const QUrl server = QUrl(m_url->text().trimmed());
    if (!server.isValid() || (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")) ||
        server.host().isEmpty())
        return tr("The server URL must start with http:// or https:// and name a host.");
    if (token().isEmpty() && !m_editing)
        return tr("Enter the API token.");
    return {};
}

void ConnectDialog::accept()
{
    const QString reason = problem();
    m_problem->setText(reason);
    m_problem->setVisible(!reason.isEmpty());
    if (reason.isEmpty())
        QDialog::accept();
}

void ConnectDialog::updatePlace()
{
    m_place->setText(m_tokenPlace ? m_tokenPlace(name().isEmpty() ? tr("profile") : name()) : QString());
}

} // namespace nereid
