#pragma once

#include "domain/fieldvalue.h"
#include "seriessummary.h"

#include <variant>

namespace nereid {

// One field of a QueryRun: the value of an atom, or the summary of a series.
class QueryField
{
public:
    QueryField() = default;
    QueryField(FieldValue value)
        : m_type(value.type())
        , m_content(std::move(value))
    {
    }
    QueryField(FloatSeriesSummary summary)
        : m_type(FieldType::FloatSeries)
        , m_content(summary)
    {
    }
    // A string series, or a file series whose `last` is its last point's file object as JSON text.
    QueryField(StringSeriesSummary summary, FieldType type = FieldType::StringSeries)
        : m_type(type)
        , m_content(std::move(summary))
    {
    }

    FieldType type() const { return m_type; }
    bool isAtom() const { return std::holds_alternative<FieldValue>(m_content); }

    // Each accessor is valid only for its kind of field: check type() first.
    const FieldValue &value() const { return std::get<FieldValue>(m_content); }
    const FloatSeriesSummary &floatSeries() const { return std::get<FloatSeriesSummary>(m_content); }
    const StringSeriesSummary &stringSeries() const { return std::get<StringSeriesSummary>(m_content); }

private:
    FieldType m_type = FieldType::String;
    std::variant<FieldValue, FloatSeriesSummary, StringSeriesSummary> m_content;
};

} // namespace nereid
