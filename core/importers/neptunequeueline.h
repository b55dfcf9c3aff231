#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace nereid {

// One line of a Neptune 1.x queue file (data-N.log): {"obj": {"type": ..., "path": [...], ...}, "version": n,
// "at": unix_s}, as the client's DiskQueue writes it with Python's json.dumps. Python writes NaN and infinities
// as the bare tokens NaN, Infinity and -Infinity, which JSON lacks: they are read as the strings "NaN",
// "Infinity" and "-Infinity", the API's own spelling of those values.
class NeptuneQueueLine
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneQueueLine)

public:
    // False with *error (a sentence) when the bytes are no queue line.
    static bool parse(QByteArrayView line, QJsonObject *operation, qint64 *version, QString *error);

    // The operation's path joined by '/' (segments as Neptune keeps them; empty when it has none).
    static QString path(const QJsonObject &operation);

private:
    static QByteArray withoutPythonTokens(QByteArrayView line);
};

} // namespace nereid
