#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace nereid::test {

// The seed corpora of the fuzz targets (tests/fuzz) are the real traffic of the test suites: with
// NEREID_FUZZ_RECORD set to a folder, every request ApiClient sends and the answers the app's parsers read are
// written under it, one file per distinct content, in a folder per fuzz target (tests/fuzz/record_corpus.sh).
class FuzzRecorder
{
public:
    static bool enabled();
    // The request as it went out and the answer's body and Content-Type.
    static void record(const QByteArray &method, const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers,
                       const QByteArray &body, const QByteArray &answer, const QByteArray &answerType);

private:
    static void save(const QString &target, const QByteArray &content);
    static QByteArray rawRequest(const QByteArray &method, const QUrl &url,
                                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body);
};

} // namespace nereid::test
