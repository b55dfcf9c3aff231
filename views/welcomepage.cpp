#include "welcomepage.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nereid {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_server(new QLabel(this))
    , m_status(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy a Python example"), this))
    , m_demo(new QPushButton(tr("Open the &demo project"), this))
    , m_open(new QPushButton(tr("&Open project…"), this))
    , m_progress(new QProgressBar(this))
    , m_preview(new QPlainTextEdit(this))
{
    m_preview->setObjectName(QStringLiteral("snippetPreview"));
    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFixedHeight(m_preview->fontMetrics().lineSpacing() * 12);
    setObjectName(QStringLiteral("welcomePage"));
    m_copy->setObjectName(QStringLiteral("copySnippet"));
    m_demo->setObjectName(QStringLiteral("openDemo"));
    m_open->setObjectName(QStringLiteral("openProject"));
    m_server->setObjectName(QStringLiteral("serverAddress"));
    m_status->setObjectName(QStringLiteral("welcomeStatus"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setWordWrap(true);
    m_status->setWordWrap(true);
    m_progress->hide();
    m_demo->hide();

    auto *title = new QLabel(tr("Welcome to Nereid"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *intro = new QLabel(tr("Log runs from your training scripts with the Python client, then browse, edit and "
                                "compare them here. The example sets the server's address and token for the "
                                "script and logs a parameter and a curve."),
                             this);
    intro->setWordWrap(true);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addWidget(m_server);
    column->addWidget(m_preview);
    for (QPushButton *button : {m_copy, m_demo, m_open})
        column->addWidget(button, 0, Qt::AlignLeft);
    column->addWidget(m_progress);
    column->addWidget(m_status);
    auto *centre = new QHBoxLayout(this);
    centre->addStretch(1);
    centre->addLayout(column, 3);
    centre->addStretch(1);
    column->insertStretch(0, 1);
    column->addStretch(2);

    connect(m_copy, &QPushButton::clicked, this, &WelcomePage::copySnippet);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_demo->setEnabled(false);
        showDemoProgress(0, 1);
        emit demoRequested();
    });
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openProjectRequested);
}

void WelcomePage::setServer(const QUrl &url, const QString &token, bool isPrivate)
{
    m_url = url;
    m_token = token;
    const QString address = url.toDisplayString();
    m_server->setText(isPrivate ? tr("Your private server runs at %1. It keeps its runs on this computer.").arg(address)
                                : tr("Connected to %1.").arg(address));
    m_demo->setVisible(isPrivate);
    // The token is a secret: the screen shows where it goes, the copy holds it.
    m_preview->setPlainText(snippet(m_token.isEmpty() ? QString() : QStringLiteral("…")));
}

QString WelcomePage::pythonSnippet() const
{
    return snippet(m_token);
}

QString WelcomePage::snippet(const QString &shownToken) const
{
    // The shell line, then the script: pasted into a terminal and an editor, it logs a first run.
    const QString token = shownToken.isEmpty() ? QStringLiteral("YOUR_TOKEN") : shownToken;
    return QStringLiteral("NEREID_API_URL=%1 NEREID_API_TOKEN=%2 python train.py\n\n"
                          "# train.py\n"
                          "import nereid as neptune\n"
                          "if \"me/first\" not in neptune.management.get_project_list():\n"
                          "    neptune.management.create_project(\"me/first\")\n"
                          "run = neptune.init_run(project=\"me/first\")\n"
                          "run[\"params/lr\"] = 0.001\n"
                          "for step in range(100):\n"
                          "    run[\"train/loss\"].append(1 / (step + 1))\n"
                          "run.stop()\n")
        .arg(m_url.toString(QUrl::RemoveUserInfo), token);
}

void WelcomePage::copySnippet()
{
    QApplication::clipboard()->setText(pythonSnippet());
    m_status->setText(tr("Copied: paste the first line into a terminal and the rest into train.py."));
}

void WelcomePage::showDemoProgress(int done, int total)
{
    m_progress->setVisible(done < total);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_status->setText(done < total ? tr("Writing the demo runs: %1 of %2").arg(done).arg(total) : QString());
    m_demo->setEnabled(done >= total);
}

void WelcomePage::showDemoError(const QString &message)
{
    m_progress->hide();
    m_demo->setEnabled(true);
    m_status->setText(tr("The demo project could not be written: %1").arg(message));
}

} // namespace nereid
