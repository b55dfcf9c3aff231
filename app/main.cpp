#include "appoptions.h"
#include "appsession.h"

#include <QApplication>
#include <QMessageBox>

using namespace nereid;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nereid"));
    QApplication::setOrganizationName(QStringLiteral("Nereid"));
    QApplication::setApplicationDisplayName(QStringLiteral("Nereid"));
    QApplication::setApplicationVersion(QStringLiteral(NEREID_VERSION));

    AppSession session(AppOptions::parse(QApplication::arguments()));
    QString error;
    if (!session.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Nereid cannot start"), error);
        return 1;
    }
    return QApplication::exec();
}
