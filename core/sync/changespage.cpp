#include "changespage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nereid {

namespace {

qint64 integerOr(const QJsonValue &value, qint64 fallback)
{
    return value.isDouble() ? value.toInteger() : fallback;
}

} // namespace

ChangesPage ChangesPage::read(const QByteArray &body, const QString &project)
{
    ChangesPage page;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        page.error = SyncError::badAnswer(parseError.errorString());
        return page;
    }
    if (!document.isObject()) {
        page.error = SyncError::badAnswer(SyncError::tr("it is not a JSON object."));
        return page;
    }
    const QJsonObject json = document.object();
    const QJsonValue cursor = json.value(QStringLiteral("cursor"));
    const QJsonValue revision = json.value(QStringLiteral("revision"));
    const QJsonValue runs = json.value(QStringLiteral("runs"));
    if (!cursor.isDouble() || !revision.isDouble() || !runs.isArray()) {
        // Said as ProjectPuller always said it: the translations keep their context.
        page.error = SyncError::badAnswer(
            QCoreApplication::translate("nereid::ProjectPuller", "the changes of %1 lack a cursor, a revision or runs.")
                .arg(project));
        return page;
    }
    page.cursor = cursor.toInteger();
    page.revision = revision.toInteger();
    page.more = json.value(QStringLiteral("more")).toBool();
    page.remaining = integerOr(json.value(QStringLiteral("remaining")), -1);
    page.serverTime = integerOr(json.value(QStringLiteral("server_time")), -1);
    page.activeMs = integerOr(json.value(QStringLiteral("active_ms")), -1);
    page.epoch = json.value(QStringLiteral("epoch")).toString();
    const QJsonArray runArray = runs.toArray();
    page.runs.reserve(runArray.size());
    for (const QJsonValue &run : runArray) {
        Result<RunRecord> record = RunRecord::fromJson(run.toObject());
        if (!record) {
            page.error = SyncError::badAnswer(record.error().message);
            page.runs.clear();
            return page;
        }
        page.runs.append(std::move(record.value()));
    }
    return page;
}

} // namespace nereid
