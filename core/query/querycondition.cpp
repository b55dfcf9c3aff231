#include "querycondition.h"

#include "queryrun.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace nereid {

namespace {

constexpr std::array operatorNames{
    "=", "!=", ">", ">=", "<", "<=", "CONTAINS", "NOT CONTAINS", "MATCHES", "NOT MATCHES", "EXISTS"};

template<typename T> bool compare(QueryOperator op, const T &value, const T &literal)
{
    switch (op) {
    case QueryOperator::Equal:
        return value == literal;
    case QueryOperator::NotEqual:
        return value != literal;
    case QueryOperator::Greater:
        return value > literal;
    case QueryOperator::GreaterOrEqual:
        return value >= literal;
    case QueryOperator::Less:
        return value < literal;
    case QueryOperator::LessOrEqual:
        return value <= literal;
    default:
        return false;
    }
}

} // namespace

QString queryOperatorName(QueryOperator op)
{
    return QLatin1StringView(operatorNames[static_cast<std::size_t>(op)]);
}

QueryCondition::QueryCondition(QueryOperand operand, QueryOperator op, QueryLiteral literal)
    : m_operand(std::move(operand))
    , m_operator(op)
    , m_literal(std::move(literal))
{
    if (op == QueryOperator::Matches || op == QueryOperator::NotMatches) {
        m_regex.setPattern(m_literal.text());
        m_regex.optimize();
    }
}

bool QueryCondition::matches(const QueryRun &run) const
{
    const QueryField *field = run.field(m_operand.path);
    if (!field || (m_operand.type && !typeFits(*m_operand.type, field->type())))
        return false;
    if (m_operator == QueryOperator::Exists)
        return true;
    if (m_operand.aggregate && field->type() != FieldType::FloatSeries)
        return false;
    switch (field->type()) {
    case FieldType::Float:
        return matchesNumber(field->value().toFloat());
    case FieldType::Int:
        return matchesNumber(double(field->value().toInt()));
    case FieldType::Bool:
        return matchesBool(field->value().toBool());
    case FieldType::String:
        return matchesString(field->value().toString());
    case FieldType::Datetime:
        return matchesDateTime(field->value().toDateTime().toMSecsSinceEpoch());
    case FieldType::StringSet:
        return matchesStringSet(field->value().toStringSet());
    case FieldType::FloatSeries:
        return matchesNumber(field->floatSeries().aggregate(m_operand.aggregate.value_or(SeriesAggregate::Last)));
    case FieldType::StringSeries:
        return field->stringSeries().count > 0 && matchesString(field->stringSeries().last);
    case FieldType::File: // only "exists" asks about files (QueryTypeCheck)
    case FieldType::FileSet:
    case FieldType::FileSeries:
    case FieldType::Artifact:
        break;
    }
    return false;
}

bool QueryCondition::matchesNumber(double value) const
{
    // NaN (an unknown aggregate, a diverged loss) is no number to compare with.
    return m_literal.number() && !std::isnan(value) && compare(m_operator, value, *m_literal.number());
}

bool QueryCondition::matchesDateTime(qint64 msecs) const
{
    return m_literal.dateTime() && compare(m_operator, msecs, *m_literal.dateTime());
}

bool QueryCondition::matchesBool(bool value) const
{
    if (!m_literal.boolean() || (m_operator != QueryOperator::Equal && m_operator != QueryOperator::NotEqual))
        return false;
    return compare(m_operator, value, *m_literal.boolean());
}

bool QueryCondition::matchesString(const QString &value) const
{
    switch (m_operator) {
    case QueryOperator::Equal:
        return value == m_literal.text();
    case QueryOperator::NotEqual:
        return value != m_literal.text();
    case QueryOperator::Contains:
        return value.contains(m_literal.text());
    case QueryOperator::NotContains:
        return !value.contains(m_literal.text());
    case QueryOperator::Matches:
        return m_regex.match(value).hasMatch();
    case QueryOperator::NotMatches:
        return !m_regex.match(value).hasMatch();
    default:
        return false; // strings have no order in the query language
    }
}

bool QueryCondition::matchesStringSet(const QStringList &values) const
{
    const auto matchesRegex = [this](const QString &value) { return m_regex.match(value).hasMatch(); };
    switch (m_operator) {
    case QueryOperator::Contains: // sets are kept sorted (FieldValue::fromStringSet)
        return std::binary_search(values.cbegin(), values.cend(), m_literal.text());
    case QueryOperator::NotContains:
        return !std::binary_search(values.cbegin(), values.cend(), m_literal.text());
    case QueryOperator::Matches:
        return std::any_of(values.cbegin(), values.cend(), matchesRegex);
    case QueryOperator::NotMatches:
        return std::none_of(values.cbegin(), values.cend(), matchesRegex);
    default:
        return false;
    }
}

} // namespace nereid
