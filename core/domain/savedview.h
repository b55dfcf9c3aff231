#pragma once

#include <optional>
#include <QJsonObject>
#include <QString>

namespace nereid {

// A named state of the experiments window (query, columns, sort, grouping, charts), kept per project on the
// server and shared by its team. `state` is opaque here: the window's ViewStateBinder writes and reads it.
// `revision` is the server's revision of the view (0: the server has not seen it yet).
struct SavedView
{
    QString name;
    qint64 revision = 0;
    bool isDefault = false;
    QJsonObject state;
    bool deleted = false; // a tombstone of GET .../views?since=

    // The view object of docs/api.md (Saved views); nullopt when it has no name or no revision.
    static std::optional<SavedView> fromJson(const QJsonObject &json);

    friend bool operator==(const SavedView &, const SavedView &) = default;
};

} // namespace nereid
