#include "applog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>

namespace nereid {

namespace {

struct LogState
{
    QMutex mutex; // messages come from every thread
    QFile file;
    QtMessageHandler previous = nullptr;
};

LogState &state()
{
    static LogState log;
    return log;
}

const char *kindName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "message";
}

void writeMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogState &log = state();
    {
        const QMutexLocker lock(&log.mutex);
        if (log.file.isOpen()) {
            // The time and the kind, then the message as standard error shows it (QT_MESSAGE_PATTERN applies).
            const QString line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' +
                                 QLatin1String(kindName(type)) + u' ' + qFormatLogMessage(type, context, message) +
                                 u'\n';
            log.file.write(line.toUtf8());
            log.file.flush(); // a crash must not lose the lines that led to it
        }
    }
    if (log.previous)
        log.previous(type, context, message);
}

} // namespace

bool AppLog::start(const QString &folder)
{
    LogState &log = state();
    const QMutexLocker lock(&log.mutex);
    if (!QDir().mkpath(folder))
        return false;
    const QString path = QDir(folder).filePath(QStringLiteral("nereid.log"));
    log.file.close();
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    log.file.setFileName(path);
    // Created owner-only: a log can hold server addresses and project names.
    if (!log.file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text,
                       QFile::ReadOwner | QFile::WriteOwner))
        return false;
    if (!log.previous)
        log.previous = qInstallMessageHandler(writeMessage);
    return true;
}

QString AppLog::filePath()
{
    const QMutexLocker lock(&state().mutex);
    return state().file.isOpen() ? state().file.fileName() : QString();
}

} // namespace nereid
