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
    SortValue::Kind rank = SortValue::Missing;
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
    if (!field || (m_operand.type && !typeFits(*m_operand.type, field->type())) ||
        (m_operand.aggregate && field->type() != FieldType::FloatSeries))
        return {};
    const auto number = [](double value) {
        return std::isnan(value) ? Key{} : Key{SortValue::Number, value, nullptr, nullptr};
    };
    switch (field->type()) {
    case FieldType::Float:
        return number(field->value().toFloat());
    case FieldType::Int:
        return number(double(field->value().toInt()));
    case FieldType::Bool:
        return number(field->value().toBool() ? 1 : 0);
    case FieldType::Datetime:
        return {SortValue::DateTime, double(field->value().toDateTime().toMSecsSinceEpoch()), nullptr, nullptr};
    case FieldType::String:
        return {SortValue::Text, 0, &field->value().toString(), nullptr};
    case FieldType::StringSet:
        return {SortValue::Set, 0, nullptr, &field->value().toStringSet()};
    case FieldType::FloatSeries:
        return number(field->floatSeries().aggregate(m_operand.aggregate.value_or(SeriesAggregate::Last)));
    case FieldType::StringSeries:
        return field->stringSeries().count > 0 ? Key{SortValue::Text, 0, &field->stringSeries().last, nullptr} : Key{};
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::FileSeries:
    case FieldType::Artifact:
        break; // files have no order (the query language does not compare them either)
    }
    return {};
}

int RunOrder::compareKeys(const Key &a, const Key &b) const
{
    if (a.rank == SortValue::Missing || b.rank == SortValue::Missing)
        return int(a.rank == SortValue::Missing) - int(b.rank == SortValue::Missing);
    int result = threeWay(a.rank, b.rank);
    if (result == 0) {
        switch (a.rank) {
        case SortValue::Number:
        case SortValue::DateTime:
            result = threeWay(a.number, b.number);
            break;
        case SortValue::Text:
            result = naturalCompare(*a.text, *b.text);
            break;
        case SortValue::Set:
            result = compareSets(*a.set, *b.set);
            break;
        case SortValue::Missing:
            break;
        }
    }
    return m_order == Qt::DescendingOrder ? -result : result;
}

int RunOrder::compare(const QueryRun &a, const QueryRun &b) const
{
    return compareKeys(keyOf(a), keyOf(b));
}

RunOrder::SortValue RunOrder::sortValue(const QueryRun &run) const
{
    const Key key = keyOf(run);
    return {key.rank, key.number, key.text ? *key.text : QString(), key.set ? *key.set : QStringList()};
}

int RunOrder::compare(const SortValue &a, const QueryRun &b) const
{
    return compareKeys({a.kind, a.number, &a.text, &a.set}, keyOf(b));
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
