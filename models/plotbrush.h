#pragma once

#include "runcolumn.h"

#include <QStringList>

namespace nereid {

// A range brushed on one axis of a plot, as a clause of the query language that keeps the runs inside it: a numeric
// range becomes "(`params/lr` >= 0.001 AND `params/lr` <= 0.01)", a range of categories
// "(`params/optimizer` = "adam" OR `params/optimizer` = "sgd")". The filter box takes the clause (QueryClauses), so
// the table shows what the brush keeps and the user sees why.
struct PlotBrush
{
    RunColumn column;
    // Numeric: the range, low <= high. Categorical: the categories inside it, in axis order.
    double low = 0;
    double high = 0;
    QStringList categories = {};
    bool categorical = false;
    // Bool fields are categories "false" and "true", compared without quotes.
    bool booleans = false;

    QString clause() const;
    // A number as the query language reads it: few digits, enough to tell a brush's ends apart.
    static QString number(double value);
};

} // namespace nereid
