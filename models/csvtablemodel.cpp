#include "csvtablemodel.h"

namespace nereid {

QList<QStringList> CsvTableModel::parse(const QString &text, int maxRows)
{
    const int firstBreak = int(text.indexOf(QLatin1Char('\n')));
    const QStringView firstLine = QStringView(text).left(firstBreak < 0 ? text.size() : firstBreak);
    const QChar separator = firstLine.contains(QLatin1Char('\t')) && !firstLine.contains(QLatin1Char(','))
                                ? QLatin1Char('\t')
                                : QLatin1Char(',');
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                cell += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                cell += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == separator) {
            row.append(std::exchange(cell, {}));
        } else if (c == QLatin1Char('\n')) {
            row.append(std::exchange(cell, {}));
            rows.append(std::exchange(row, {}));
            if (maxRows >= 0 && rows.size() >= maxRows)
                return rows;
        } else if (c != QLatin1Char('\r')) {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows.append(row << cell);
    return rows;
}

void CsvTableModel::setText(const QString &text)
{
    beginResetModel();
    m_rows = parse(text, MaxRows + 2);
    m_header = m_rows.isEmpty() ? QStringList() : m_rows.takeFirst();
    m_truncated = m_rows.size() > MaxRows;
    if (m_truncated)
        m_rows.resize(MaxRows);
    m_columns = int(m_header.size());
    for (const QStringList &row : std::as_const(m_rows))
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

int CsvTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows[index.row()].value(index.column());
}

QVariant CsvTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_header.value(section);
}

} // namespace nereid
