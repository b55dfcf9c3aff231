#pragma once

#include <QAbstractItemModel>
#include <QByteArray>
#include <QList>

namespace nereid {

// "Export table as CSV…": the experiments table as the user sees it — the rows of `table` in its order (filtered
// and sorted), the `columns` given (logical indexes, in the header's visual order) — as RFC 4180 CSV in UTF-8.
// Cells hold the typed values (RunTableModel::SortRole) rather than the screen's text, so a spreadsheet reads
// numbers at full precision without the locale's digit grouping, datetimes as ISO 8601 UTC with milliseconds and
// sizes in bytes; NaN and the infinities as NaN, inf and -inf; cells without a value are empty.
class RunTableCsv
{
public:
    static QByteArray write(const QAbstractItemModel &table, const QList<int> &columns);
};

} // namespace nereid
