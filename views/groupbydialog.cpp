#include "groupbydialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace nereid {

GroupByDialog::GroupByDialog(const QStringList &paths, const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_chosen(chosen)
{
    setWindowTitle(tr("Group by"));
    m_filter->setObjectName(QStringLiteral("groupByFilter"));
    m_filter->setPlaceholderText(tr("Filter fields"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("groupByFields"));
    // The chosen fields first, in their order, then the others.
    QStringList ordered = chosen;
    for (const QString &path : paths) {
        if (!chosen.contains(path))
            ordered.append(path);
    }
    for (const QString &path : ordered) {
        auto *item = new QListWidgetItem(path, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(path) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        m_chosen.removeAll(item->text());
        if (item->checkState() == Qt::Checked)
            m_chosen.append(item->text());
    });
    connect(m_filter, &QLineEdit::textChanged, this, &GroupByDialog::filter);

    auto *label = new QLabel(tr("&Fields to group runs by (in the order checked):"), this);
    label->setBuddy(m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(420, 480);
}

void GroupByDialog::filter(const QString &text)
{
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
        if (!item->isHidden() && !firstShown)
            firstShown = item;
    }
    // Tab then Space checks the first field that matches.
    if (firstShown && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(firstShown);
}

} // namespace nereid
