#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace nereid {

// A CSV file's rows as a table for the preview pane (issue 18): the first row names the columns, the rest are
// cells. Quotes follow RFC 4180 (a quoted cell may hold the separator, a line break or "" for a quote); a line
// with a tab and no comma makes the file tab-separated. At most MaxRows rows are kept, so a preview of a huge file
// stays quick; truncated() says when some were left out.
class CsvTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxRows = 10000;

    using QAbstractTableModel::QAbstractTableModel;

    void setText(const QString &text);
    bool truncated() const { return m_truncated; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The rows of `text`, at most `maxRows` (negative: all).
    static QList<QStringList> parse(const QString &text, int maxRows = -1);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
    int m_columns = 0;
    bool m_truncated = false;
};

} // namespace nereid
