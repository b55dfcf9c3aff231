#include "chosencolumnslist.h"

#include "models/fieldpathtreemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStandardItemModel>

namespace nereid {

ChosenColumnsList::ChosenColumnsList(const FieldPathTreeModel *fields, QWidget *parent)
    : QWidget(parent)
    , m_fields(fields)
    , m_list(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move &down"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_aggregate(new QComboBox(this))
{
    m_list->setObjectName(QStringLiteral("chosenList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setUniformItemSizes(true);
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    m_remove->setObjectName(QStringLiteral("remove"));
    m_aggregate->setObjectName(QStringLiteral("aggregateBox"));
    m_aggregate->setToolTip(tr("What a float series column shows of each run's series"));
    m_aggregate->addItem(tr("last value"), int(SeriesAggregate::Last));
    m_aggregate->addItem(tr("minimum"), int(SeriesAggregate::Min));
    m_aggregate->addItem(tr("maximum"), int(SeriesAggregate::Max));
    m_aggregate->addItem(tr("mean"), int(SeriesAggregate::Average));
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_aggregate);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Columns, in table order:"), this), 0, 0, 1, 2);
    layout->addWidget(m_list, 1, 0, 4, 1);
    layout->addWidget(m_up, 1, 1);
    layout->addWidget(m_down, 2, 1);
    layout->addWidget(m_remove, 3, 1);
    layout->setRowStretch(4, 1);
    auto *aggregateRow = new QHBoxLayout;
    aggregateRow->addWidget(showLabel);
    aggregateRow->addWidget(m_aggregate, 1);
    layout->addLayout(aggregateRow, 5, 0);

    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_remove, &QPushButton::clicked, this, &ChosenColumnsList::removeCurrent);
    connect(m_aggregate, &QComboBox::activated, this, &ChosenColumnsList::chooseAggregate);
    connect(m_list, &QListWidget::currentRowChanged, this, &ChosenColumnsList::updateControls);
    // A drag inside the list moves rows in its model.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        updateControls();
        emit columnsChanged();
    });
    updateControls();
}

QList<RunColumn> ChosenColumnsList::columns() const
{
    QList<RunColumn> columns;
    for (int row = 0; row < m_list->count(); ++row)
        columns.append(columnOf(m_list->item(row)));
    return columns;
}

void ChosenColumnsList::setColumns(const QList<RunColumn> &columns)
{
    m_list->clear();
    for (const RunColumn &column : columns) {
        if (!columns.sliced(0, &column - columns.data()).contains(column)) // a column twice would show twice
            m_list->addItem(createItem(column));
    }
    m_list->setCurrentRow(0);
    updateControls();
    emit columnsChanged();
}

QListWidgetItem *ChosenColumnsList::createItem(const RunColumn &column) const
{
    auto *item = new QListWidgetItem(column.title());
    item->setData(Qt::UserRole, column.key());
    item->setToolTip(m_fields->typeOf(column.path) ? column.path
                                                   : tr("%1\nNo run of this project has this field.").arg(column.path));
    return item;
}

RunColumn ChosenColumnsList::columnOf(const QListWidgetItem *item)
{
    return RunColumn::fromKey(item->data(Qt::UserRole).toString());
}

void ChosenColumnsList::addPath(const QString &path)
{
    if (hasPath(path))
        return;
    m_list->addItem(createItem({path, SeriesAggregate::Last}));
    m_list->setCurrentRow(m_list->count() - 1);
    m_list->scrollToBottom();
    emit columnsChanged();
}

void ChosenColumnsList::removePath(const QString &path)
{
    for (int row = m_list->count() - 1; row >= 0; --row) {
        if (columnOf(m_list->item(row)).path == path)
            delete m_list->takeItem(row);
    }
    updateControls();
    emit columnsChanged();
}

bool ChosenColumnsList::hasPath(const QString &path) const
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (columnOf(m_list->item(row)).path == path)
            return true;
    }
    return false;
}

void ChosenColumnsList::moveCurrent(int by)
{
    const int row = m_list->currentRow();
    if (row < 0 || row + by < 0 || row + by >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(row + by, item);
    m_list->setCurrentRow(row + by);
    emit columnsChanged();
}

void ChosenColumnsList::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const QString path = columnOf(m_list->item(row)).path;
    delete m_list->takeItem(row);
    updateControls();
    emit columnsChanged();
    if (!hasPath(path))
        emit pathRemoved(path);
}

void ChosenColumnsList::chooseAggregate(int comboIndex)
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || comboIndex < 0)
        return;
    RunColumn column = columnOf(item);
    column.aggregate = SeriesAggregate(m_aggregate->itemData(comboIndex).toInt());
    item->setText(column.title());
    item->setData(Qt::UserRole, column.key());
    updateControls();
    emit columnsChanged();
}

void ChosenColumnsList::updateControls()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    m_remove->setEnabled(row >= 0);
    const RunColumn current = row >= 0 ? columnOf(m_list->item(row)) : RunColumn();
    const bool series = row >= 0 && m_fields->typeOf(current.path) == FieldType::FloatSeries;
    m_aggregate->setEnabled(series);
    m_aggregate->setCurrentIndex(series ? m_aggregate->findData(int(current.aggregate)) : 0);
    // A summary another column of the same series already shows is not offered: the table has each column once.
    auto *choices = qobject_cast<QStandardItemModel *>(m_aggregate->model());
    const QList<RunColumn> all = columns();
    for (int i = 0; i < m_aggregate->count(); ++i) {
        const RunColumn other{current.path, SeriesAggregate(m_aggregate->itemData(i).toInt())};
        choices->item(i)->setEnabled(other == current || !all.contains(other));
    }
}

} // namespace nereid
