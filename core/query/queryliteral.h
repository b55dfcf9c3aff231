#pragma once

#include "querytoken.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>

namespace nereid {

// The value on the right of a condition. What it means depends on the field it meets, which the short
// form may only know when a run is evaluated, so every reading is worked out once, when the query is
// parsed: the text itself, a number, a boolean, a datetime (absolute ISO 8601 or relative to `now`).
class QueryLiteral
{
    Q_DECLARE_TR_FUNCTIONS(QueryLiteral)

public:
    QueryLiteral() = default;
    // A String or Word token. Relative datetimes ("-30m", "-12h", "-3d", "-2w", "-3M", "-1y") count back
    // from `now`; absolute ones are ISO 8601 ("2026-11-22T10:00:00Z", no offset means UTC) or a date
    // ("2026-11-22", midnight UTC).
    static QueryLiteral fromToken(const QueryToken &token, const QDateTime &now);

    const QString &text() const { return m_text; }
    void setText(const QString &text) { m_text = text; }
    qsizetype position() const { return m_position; }
    bool isQuoted() const { return m_quoted; }

    std::optional<double> number() const { return m_number; }
    std::optional<bool> boolean() const { return m_boolean; }
    std::optional<qint64> dateTime() const { return m_dateTime; } // milliseconds since the epoch, UTC

    // How a person would call this value in a type error: "number", "boolean", "datetime" or "string"
    // (anything quoted is a string, even "3").
    QString kindName() const;

    static std::optional<qint64> parseDateTime(const QString &text, const QDateTime &now);

private:
    QString m_text;
    qsizetype m_position = 0;
    bool m_quoted = false;
    std::optional<double> m_number;
    std::optional<bool> m_boolean;
    std::optional<qint64> m_dateTime;
};

} // namespace nereid
