#include "runorder.h"

#include "naturalcompare.h"
#include "queryparser.h"
#include "queryrun.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nereid {

struct RunOrder::Key
{
    enum Rank
    {
        Number,
        DateTime,
        Text,
        Set,
        Missing,
    };

    Rank rank = Missing;
    double number = 0; // also the milliseconds of a datetime
    const QString *text = nullptr;
    const QStringList *set = nullptr;
};

namespace {

template<typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

int compareSets(const QStringList &a, const QStringList &b)
{
    for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
        if (const int result = naturalCompare(a[i], b[i]))
            return result;
    }
    return threeWay(a.size(), b.size());
}

bool fits(FieldType wanted, FieldType actual)
{
    const auto numeric = [](FieldType type) { return type == FieldType::Float || type == FieldType::Int; };
    return wanted == actual || (numeric(wanted) && numeric(actual));
}

} // namespace

RunOrder RunOrder::parse(const QString &key, Qt::SortOrder order)
{
    RunOrder result;
    result.m_order = order;
    if (auto operand = QueryParser::parseSortKey(key, &result.m_error))
        result.m_operand = std::move(*operand);
    return result;
}

RunOrder::Key RunOrder::keyOf(const QueryRun &run) const
{
    const QueryField *field = m_operand.path.isEmpty() ? nullptr : run.field(m_operand.path);
    if (!field || (m_operand.type && !fits(*m_operand.type, field->type())) ||
        (m_operand.aggregate && field->type() != FieldType::FloatSeries))
        return {};
    const auto number = [](double value) {
        return std::isnan(value) ? Key{} : Key{Key::Number, value, nullptr, nullptr};
    };
    switch (field->type()) {
    case FieldType::Float:
        return number(field->value().toFloat());
    case FieldType::Int:
        return number(double(field->value().toInt()));
    case FieldType::Bool:
        return number(field->value().toBool() ? 1 : 0);
    case FieldType::Datetime:
        return {Key::DateTime, double(field->value().toDateTime().toMSecsSinceEpoch()), nullptr, nullptr};
    case FieldType::String:
        return {Key::Text, 0, &field->value().toString(), nullptr};
    case FieldType::StringSet:
        return {Key::Set, 0, nullptr, &field->value().toStringSet()};
    case FieldType::FloatSeries:
        return number(field->floatSeries().aggregate(m_operand.aggregate.value_or(SeriesAggregate::Last)));
    case FieldType::StringSeries:
        return field->stringSeries().count > 0 ? Key{Key::Text, 0, &field->stringSeries().last, nullptr} : Key{};
    }
    return {};
}

int RunOrder::compareKeys(const Key &a, const Key &b) const
{
    if (a.rank == Key::Missing || b.rank == Key::Missing)
        return int(a.rank == Key::Missing) - int(b.rank == Key::Missing);
    int result = threeWay(a.rank, b.rank);
    if (result == 0) {
        switch (a.rank) {
        case Key::Number:
        case Key::DateTime:
            result = threeWay(a.number, b.number);
            break;
        case Key::Text:
            result = naturalCompare(*a.text, *b.text);
            break;
        case Key::Set:
            result = compareSets(*a.set, *b.set);
            break;
        case Key::Missing:
            break;
        }
    }
    return m_order == Qt::DescendingOrder ? -result : result;
}

int RunOrder::compare(const QueryRun &a, const QueryRun &b) const
{
    return compareKeys(keyOf(a), keyOf(b));
}

QList<qsizetype> RunOrder::sortedIndexes(const QList<QueryRun> &runs) const
{
    QList<Key> keys;
    keys.reserve(runs.size());
    for (const QueryRun &run : runs)
        keys.append(keyOf(run));
    QList<qsizetype> indexes(runs.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    std::stable_sort(indexes.begin(), indexes.end(),
                     [&](qsizetype a, qsizetype b) { return compareKeys(keys[a], keys[b]) < 0; });
    return indexes;
}

} // namespace nereid
