#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace nereid {

// The path of a field or namespace inside a run: namespaces and a name joined by '/'.
// Every path that enters Nereid (server, cache, app) is parsed here, so the rules hold everywhere:
// - not empty, and at most MaxBytes bytes once encoded as UTF-8;
// - no empty segment: no leading or trailing '/', no "//";
// - a segment neither starts nor ends with whitespace (so "a/ b" and "a/b" cannot both exist);
// - no control characters (U+0000-U+001F, U+007F-U+009F) and no unpaired surrogates;
// - bytes from the wire must be valid UTF-8 (see parseUtf8).
class FieldPath
{
    Q_DECLARE_TR_FUNCTIONS(FieldPath)

public:
    static constexpr qsizetype MaxBytes = 1024;

    FieldPath() = default;

    static Result<FieldPath> parse(const QString &text);
    static Result<FieldPath> parseUtf8(QByteArrayView utf8);

    const QString &toString() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    QStringList segments() const { return m_text.split(QLatin1Char('/')); }
    QString name() const;
    FieldPath parent() const;
    bool isSys() const;

    // True when this path is `ancestor` itself or lies inside the namespace `ancestor`.
    bool isWithin(const FieldPath &ancestor) const;

    friend bool operator==(const FieldPath &, const FieldPath &) = default;
    friend auto operator<=>(const FieldPath &a, const FieldPath &b) { return a.m_text.compare(b.m_text) <=> 0; }

private:
    explicit FieldPath(QString text)
        : m_text(std::move(text))
    {
    }

    QString m_text;
};

} // namespace nereid
