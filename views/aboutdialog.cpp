#include "aboutdialog.h"

#include "appicon.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nereid {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Nereid"));

    auto *licences = new QTextBrowser(this);
    licences->setObjectName(QStringLiteral("licences"));
    licences->setOpenExternalLinks(true);
    licences->setHtml(licencesHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQt"));
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 460);
}

QWidget *AboutDialog::createHeader()
{
    auto *header = new QWidget(this);
    auto *icon = new QLabel(header);
    const int side = 64;
    icon->setPixmap(AppIcon::icon().pixmap(QSize(side, side), devicePixelRatioF()));

    auto *version = new QLabel(header);
    version->setObjectName(QStringLiteral("version"));
    version->setTextFormat(Qt::RichText);
    version->setText(QStringLiteral("<h2>Nereid %1</h2>").arg(QStringLiteral(NEREID_VERSION)) +
                     tr("<p>Explore, compare and annotate the runs of your machine-learning projects.</p>"
                        "<p>Built with Qt %1, running on Qt %2.</p>")
                         .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
    version->setWordWrap(true);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(version, 1);
    return header;
}

QString AboutDialog::licencesHtml() const
{
    // One paragraph per message, so a translator sees each on its own; the links and names stay as they are.
    const QString paragraph = QStringLiteral("<h3>%1</h3><p>%2</p>");
    return paragraph.arg(QStringLiteral("Nereid"),
                         tr("Copyright © 2026 Nereid developers. Nereid is free software under the MIT licence: "
                            "you may use, copy, change and share it, also for commercial work, as long as the "
                            "copyright notice stays with it. It comes without any warranty.")) +
           paragraph.arg(QStringLiteral("Qt"),
                         tr("Nereid uses the Qt libraries under the %1. Qt is © The Qt Company Ltd and other "
                            "contributors; its source code is at %2.")
                             .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">GNU Lesser "
                                                 "General Public License version 3</a>"),
                                  QStringLiteral("<a href=\"https://download.qt.io/\">download.qt.io</a>"))) +
           paragraph.arg(QStringLiteral("QtKeychain"),
                         tr("API tokens are kept in the system keychain through QtKeychain, © Frank Osterfeld and "
                            "other contributors, under the %1.")
                             .arg(QStringLiteral("<a href=\"https://opensource.org/license/bsd-2-clause\">BSD "
                                                 "2-Clause License</a>")));
}

} // namespace nereid
