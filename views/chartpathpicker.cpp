#include "chartpathpicker.h"

#include "models/seriesselection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace nereid {

ChartPathPicker::ChartPathPicker(const QStringList &paths, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_paths(new QStringListModel(paths, this))
    , m_shown(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Add chart"));
    m_filter->setPlaceholderText(tr("Filter series paths, or a pattern: */loss"));
    auto *hint = new QLabel(tr("Ctrl+click or Shift+click paths to draw them in one chart, or type a pattern: "
                               "*/loss, train/loss, val/loss, or a regular expression between slashes."),
                            this);
    hint->setWordWrap(true);
    m_filter->setClearButtonEnabled(true);
    m_shown->setSourceModel(m_paths);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->sort(0);
    m_list->setModel(m_shown);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(hint);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);

    connect(m_filter, &QLineEdit::textChanged, this, &ChartPathPicker::filterBy);
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectFirst();
}

// Plain text narrows the list to the paths holding it; a pattern shows, selected, the paths it draws.
void ChartPathPicker::filterBy(const QString &text)
{
    const SeriesSelection selection(text);
    m_pattern = !text.trimmed().isEmpty() && !selection.isSinglePath() && selection.error().isEmpty();
    if (!m_pattern) {
        m_shown->setFilterFixedString(text);
        selectFirst();
        return;
    }
    QStringList alternatives;
    for (const QString &path : selection.resolve(m_paths->stringList()))
        alternatives.append(QRegularExpression::escape(path));
    // Nothing matches yet: an expression that matches no path, so the empty list says so.
    m_shown->setFilterRegularExpression(
        alternatives.isEmpty() ? QStringLiteral("(?!)") : QStringLiteral("^(?:%1)$").arg(alternatives.join(u'|')));
    m_list->selectAll();
}

void ChartPathPicker::selectFirst()
{
    if (!m_list->currentIndex().isValid() || !m_list->selectionModel()->hasSelection())
        m_list->setCurrentIndex(m_shown->index(0, 0));
}

QString ChartPathPicker::selectedPath() const
{
    if (m_pattern)
        return m_filter->text().trimmed(); // the chart follows paths logged later that match it
    QStringList chosen;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        chosen.append(index.data().toString());
    if (chosen.size() < 2)
        return m_list->currentIndex().data().toString();
    chosen.sort();
    return chosen.join(QStringLiteral(", "));
}

int ChartPathPicker::shownCount() const
{
    return m_shown->rowCount();
}

} // namespace nereid
