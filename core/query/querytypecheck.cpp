#include "querytypecheck.h"

#include "domain/fieldpath.h"
#include "domain/syscatalogue.h"

#include <QRegularExpression>

namespace nereid {

namespace {

bool isOrdering(QueryOperator op)
{
    return op == QueryOperator::Greater || op == QueryOperator::GreaterOrEqual || op == QueryOperator::Less ||
           op == QueryOperator::LessOrEqual;
}

bool isEquality(QueryOperator op)
{
    return op == QueryOperator::Equal || op == QueryOperator::NotEqual;
}

bool isTextual(QueryOperator op)
{
    return op == QueryOperator::Contains || op == QueryOperator::NotContains || op == QueryOperator::Matches ||
           op == QueryOperator::NotMatches;
}

// "params/lr (float) cannot be compared with "abc" (string) using =."
QueryError mismatch(qsizetype position, const QueryOperand &operand, const QString &typeName,
                    const QueryLiteral &literal, QueryOperator op)
{
    const QString name =
        operand.aggregate ? seriesAggregateName(*operand.aggregate) + u'(' + operand.path + u')' : operand.path;
    const QString detail =
        QueryTypeCheck::tr("%1 (%2) cannot be compared with %3 (%4) using %5.")
            .arg(name, typeName, QueryError::quote(literal.text()), literal.kindName(), queryOperatorName(op));
    return QueryError::typeMismatch(position, operand.path, detail);
}

void normalizeState(const QueryOperand &operand, QueryOperator op, QueryLiteral *literal)
{
    if (operand.path != QLatin1StringView("sys/state") || !isEquality(op))
        return;
    const QString state = literal->text().toLower();
    if (state == u"running")
        literal->setText(QStringLiteral("active"));
    else if (state == u"idle")
        literal->setText(QStringLiteral("inactive"));
    else
        literal->setText(state);
}

} // namespace

std::optional<QueryError> QueryTypeCheck::resolveOperand(QueryOperand *operand)
{
    const auto path = FieldPath::parse(operand->path);
    if (!path)
        return QueryError::invalidPath(operand->position, operand->path, path.error().message);
    const auto aggregateError = [&](FieldType actual) {
        return QueryError::typeMismatch(
            operand->position, operand->path,
            tr("%1() applies to float series, but %2 is a %3 field.")
                .arg(seriesAggregateName(*operand->aggregate), operand->path, fieldTypeName(actual)));
    };
    if (path->isSys()) {
        const SysField *field = SysCatalogue::findPath(*path);
        if (!field)
            return QueryError::unknownField(operand->position, operand->path);
        if (operand->aggregate)
            return aggregateError(field->type);
        if (operand->type && !typeFits(*operand->type, field->type))
            return QueryError::typeMismatch(
                operand->position, operand->path,
                tr("%1 is a %2 field, not %3.")
                    .arg(operand->path, fieldTypeName(field->type), fieldTypeName(*operand->type)));
        operand->type = field->type;
    } else if (operand->aggregate && operand->type && *operand->type != FieldType::FloatSeries) {
        return aggregateError(*operand->type);
    }
    return std::nullopt;
}

std::optional<QueryError> QueryTypeCheck::checkComparison(const QueryOperand &operand, QueryOperator op,
                                                          qsizetype opPosition, QueryLiteral *literal)
{
    if (op == QueryOperator::Exists)
        return std::nullopt;
    if (op == QueryOperator::Matches || op == QueryOperator::NotMatches) {
        const QRegularExpression regex(literal->text());
        if (!regex.isValid()) {
            // The offset counts within the pattern; a quoted pattern starts one character after its quote.
            const qsizetype errorAt = literal->position() + (literal->isQuoted() ? 1 : 0) + regex.patternErrorOffset();
            return QueryError::syntax(errorAt, tr("a valid regular expression"),
                                      QueryError::quote(literal->text()) + u" (" + regex.errorString() + u')');
        }
    }
    normalizeState(operand, op, literal);
    // An aggregate turns a float series into one number.
    const std::optional<FieldType> type = operand.aggregate ? FieldType::Float : operand.type;
    if (type) {
        if (!operatorApplies(op, *type))
            return mismatch(opPosition, operand, fieldTypeName(*type), *literal, op);
        if (!literalFits(*literal, *type))
            return mismatch(literal->position(), operand, fieldTypeName(*type), *literal, op);
        return std::nullopt;
    }
    // The type is each run's own: the literal must at least be of a type the operator compares.
    if (isOrdering(op) && !literal->number() && !literal->dateTime())
        return QueryError::typeMismatch(
            literal->position(), operand.path,
            tr("%1 compares numbers and datetimes, but %2 (for %3) is a %4.")
                .arg(queryOperatorName(op), QueryError::quote(literal->text()), operand.path, literal->kindName()));
    return std::nullopt;
}

bool QueryTypeCheck::operatorApplies(QueryOperator op, FieldType type)
{
    switch (type) {
    case FieldType::Float:
    case FieldType::Int:
    case FieldType::FloatSeries: // compares its last value
    case FieldType::Datetime:
        return isEquality(op) || isOrdering(op);
    case FieldType::Bool:
        return isEquality(op);
    case FieldType::String:
    case FieldType::StringSeries: // compares its last entry
        return isEquality(op) || isTextual(op);
    case FieldType::StringSet:
        return isTextual(op);
    case FieldType::File: // files are only asked whether they exist
    case FieldType::FileSet:
    case FieldType::FileSeries:
    case FieldType::Artifact:
        return false;
    }
    return false;
}

bool QueryTypeCheck::literalFits(const QueryLiteral &literal, FieldType type)
{
    switch (type) {
    case FieldType::Float:
    case FieldType::Int:
    case FieldType::FloatSeries:
        return literal.number().has_value();
    case FieldType::Bool:
        return literal.boolean().has_value();
    case FieldType::Datetime:
        return literal.dateTime().has_value();
    case FieldType::String:
    case FieldType::StringSeries:
    case FieldType::StringSet:
        return true;
    case FieldType::File:
    case FieldType::FileSet:
    case FieldType::FileSeries:
    case FieldType::Artifact:
        return false;
    }
    return false;
}

} // namespace nereid
