#include "runtablecsv.h"

#include "runtablemodel.h"
#include "series/seriescsv.h"

#include <cmath>
#include <QDateTime>
#include <QLocale>

namespace nereid {

namespace {

QString numberText(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // reads back as the same double
}

QString cellText(const QModelIndex &index)
{
    const QVariant value = index.data(RunTableModel::SortRole);
    switch (value.typeId()) {
    case QMetaType::Double:
        return numberText(value.toDouble());
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QString::number(value.toLongLong());
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QString:
        return value.toString();
    default: // no typed value: a NaN in a series (greyed "NaN" on screen) or an empty cell
        return index.data(Qt::DisplayRole).toString();
    }
}

} // namespace

QByteArray RunTableCsv::write(const QAbstractItemModel &table, const QList<int> &columns)
{
    QByteArray out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += ',';
        out += SeriesCsv::field(table.headerData(columns[i], Qt::Horizontal).toString()).toUtf8();
    }
    out += "\r\n";
    for (int row = 0; row < table.rowCount(); ++row) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += ',';
            out += SeriesCsv::field(cellText(table.index(row, columns[i]))).toUtf8();
        }
        out += "\r\n";
    }
    return out;
}

} // namespace nereid
