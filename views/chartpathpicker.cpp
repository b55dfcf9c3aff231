#include "chartpathpicker.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListView>
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
    m_filter->setPlaceholderText(tr("Filter series paths"));
    m_filter->setClearButtonEnabled(true);
    m_shown->setSourceModel(m_paths);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shown->sort(0);
    m_list->setModel(m_shown);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_shown->setFilterFixedString(text);
        selectFirst();
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &QDialog::accept);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    selectFirst();
}

void ChartPathPicker::selectFirst()
{
    if (!m_list->currentIndex().isValid() || !m_list->selectionModel()->hasSelection())
        m_list->setCurrentIndex(m_shown->index(0, 0));
}

QString ChartPathPicker::selectedPath() const
{
    return m_list->currentIndex().data().toString();
}

int ChartPathPicker::shownCount() const
{
    return m_shown->rowCount();
}

} // namespace nereid
