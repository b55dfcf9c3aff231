#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrl>

class QNetworkReply;

namespace nereid {

// The few routes of the HTTP API an import needs, called one at a time and waited for: an import is a batch job
// on the command line, and batches of points are large enough that one request in flight keeps the server busy.
class ImportClient
{
    Q_DECLARE_TR_FUNCTIONS(ImportClient)

public:
    ImportClient(const QUrl &server, const QString &token);

    // The project's runs (trashed ones too) that carry a custom_run_id: custom id -> {id, import fingerprint}.
    bool listRuns(const QString &project, QMap<QString, QPair<QString, QString>> *runs, QString *error);
    // The project, created when it does not exist yet (a new user's first import goes into a new project).
    bool ensureProject(const QString &project, QString *error);
    // POST .../runs: creates or resumes; the run object.
    bool createOrResume(const QString &project, const QJsonObject &body, QJsonObject *run, QString *error);
    bool post(const QString &route, const QJsonObject &body, QString *error);
    // PUT .../blobs/{sha256}: the bytes of `content` (open for reading), stored once per project.
    bool putBlob(const QString &project, const QString &sha256, QIODevice *content, QString *error);

private:
    bool request(const QByteArray &verb, const QString &route, const QJsonObject *body, QJsonObject *answer,
                 QString *error);
    QNetworkRequest requestFor(const QString &route) const;
    bool finish(QNetworkReply *reply, const QByteArray &verb, QJsonObject *answer, QString *error);

    QNetworkAccessManager m_network;
    QUrl m_server;
    QByteArray m_authorization;
};

} // namespace nereid
