#pragma once

#include "querycondition.h"
#include "queryerror.h"

namespace nereid {

// The checks a condition passes before it is built, so that a query which can never make sense is refused
// with a message instead of quietly matching nothing. Where the query names no type and the path is not
// in sys, the literal alone is checked here and each run's own field type decides at evaluation.
class QueryTypeCheck
{
    Q_DECLARE_TR_FUNCTIONS(QueryTypeCheck)

public:
    // Validates the path, takes a sys field's type from the sys catalogue, and refuses a type that
    // contradicts the catalogue or an aggregate over anything but a float series.
    static std::optional<QueryError> resolveOperand(QueryOperand *operand);

    // Refuses an operator the operand's type does not have, or a literal that cannot be of that type.
    // Also rewrites sys/state's literal to what runs hold ("running" → "active", "idle" → "inactive").
    static std::optional<QueryError> checkComparison(const QueryOperand &operand, QueryOperator op,
                                                     qsizetype opPosition, QueryLiteral *literal);

    // The types a condition may compare (every type EXISTS applies to is left out: all of them).
    static bool operatorApplies(QueryOperator op, FieldType type);
    static bool literalFits(const QueryLiteral &literal, FieldType type);
};

} // namespace nereid
