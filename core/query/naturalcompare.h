#pragma once

#include <QStringView>

namespace nereid {

// Orders text as people expect in a table: runs of digits by their number ("CLS-9" before "CLS-10",
// "run-2" before "run-10"), letters without regard to case; only when that finds no difference does
// case (then leading zeros) decide, so the order is total. Negative, zero or positive like compare().
int naturalCompare(QStringView a, QStringView b);

} // namespace nereid
