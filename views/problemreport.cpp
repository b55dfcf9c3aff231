#include "problemreport.h"

#include <QDir>
#include <QGuiApplication>
#include <QSysInfo>

namespace nereid {

namespace {

QString &logPath()
{
    static QString path;
    return path;
}

} // namespace

void ProblemReport::setLogFile(const QString &path)
{
    logPath() = path;
}

QString ProblemReport::logFile()
{
    return logPath();
}

QString ProblemReport::text()
{
    const QString log = logPath().isEmpty() ? tr("standard error only") : QDir::toNativeSeparators(logPath());
    return tr("Nereid %1\nQt %2 (built with %3)\nSystem: %4, %5 %6, %7\nDisplay platform: %8\nLog: %9\n")
        .arg(QStringLiteral(NEREID_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
             QSysInfo::currentCpuArchitecture(), QGuiApplication::platformName(), log);
}

} // namespace nereid
