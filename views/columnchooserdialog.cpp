#include "columnchooserdialog.h"

#include "chosencolumnslist.h"
#include "models/fieldpathtreemodel.h"
#include "models/runtablemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace nereid {

ColumnChooserDialog::ColumnChooserDialog(const RunTableModel *runs, const QList<RunColumn> &shown, QWidget *parent)
    : QDialog(parent)
    , m_runs(runs)
    , m_fields(new FieldPathTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_chosen(new ChosenColumnsList(m_fields, this))
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setWindowTitle(tr("Choose Columns"));
    m_fields->setFields(FieldPathTreeModel::fieldsOf(*runs));
    // A namespace stays while one of its fields matches, so a match is always seen with its namespaces.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(FieldPathTreeModel::PathRole);
    m_proxy->setSourceModel(m_fields);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search field paths"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_tree->setObjectName(QStringLiteral("fieldTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // thousands of paths: no row is measured
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(FieldPathTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(FieldPathTreeModel::TypeColumn, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_chosen);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(split, 1);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &ColumnChooserDialog::filter);
    connect(m_fields, &FieldPathTreeModel::checkToggled, this, [this](const QString &path, bool checked) {
        checked ? m_chosen->addPath(path) : m_chosen->removePath(path);
    });
    connect(m_tree, &QTreeView::doubleClicked, this, &ColumnChooserDialog::toggleField);
    connect(m_chosen, &ChosenColumnsList::pathRemoved, this,
            [this](const QString &path) { m_fields->setChecked(path, false); });
    connect(m_chosen, &ChosenColumnsList::columnsChanged, this, [this] {
        // A table without columns shows nothing to choose from: OK needs one.
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_chosen->columns().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setChosen(m_runs->defaultColumns()); });

    setChosen(shown);
    m_search->setFocus();
    setMinimumSize(600, 400); // narrower, the tree cuts the field names short
    resize(760, 520);
}

QList<RunColumn> ColumnChooserDialog::columns() const
{
    return m_chosen->columns();
}

void ColumnChooserDialog::setChosen(const QList<RunColumn> &columns)
{
    for (const RunColumn &column : m_chosen->columns())
        m_fields->setChecked(column.path, false);
    m_chosen->setColumns(columns);
    for (const RunColumn &column : columns)
        m_fields->setChecked(column.path, true);
    if (m_search->text().isEmpty())
        expandChosen();
}

void ColumnChooserDialog::filter(const QString &text)
{
    m_proxy->setFilterFixedString(text);
    if (text.isEmpty())
        expandChosen();
    else
        m_tree->expandAll(); // every match in sight, with the namespaces that lead to it
}

void ColumnChooserDialog::expandChosen()
{
    m_tree->collapseAll();
    for (const RunColumn &column : m_chosen->columns()) {
        for (QModelIndex parent = m_proxy->mapFromSource(m_fields->indexOfPath(column.path)).parent(); parent.isValid();
             parent = parent.parent())
            m_tree->expand(parent);
    }
}

void ColumnChooserDialog::toggleField(const QModelIndex &proxyIndex)
{
    const QModelIndex name = proxyIndex.siblingAtColumn(FieldPathTreeModel::NameColumn);
    if (!name.data(FieldPathTreeModel::IsFieldRole).toBool())
        return; // a namespace: the double click opens or closes it
    const bool checked = name.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
    m_proxy->setData(name, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

bool ColumnChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Down) {
            focusFirstMatch();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ColumnChooserDialog::focusFirstMatch()
{
    // Depth first, the first field the search kept (a namespace when there is none).
    QModelIndex index = m_proxy->index(0, FieldPathTreeModel::NameColumn);
    while (index.isValid() && !index.data(FieldPathTreeModel::IsFieldRole).toBool() && m_proxy->hasChildren(index))
        index = m_proxy->index(0, FieldPathTreeModel::NameColumn, index);
    m_tree->setFocus();
    if (index.isValid()) {
        m_tree->scrollTo(index);
        m_tree->setCurrentIndex(index);
    }
}

} // namespace nereid
