#include "taglistedit.h"

#include <QCompleter>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace nereid {

TagListEdit::TagListEdit(const QString &name, const QStringList &tags, const QStringList &known, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_input(new QLineEdit(this))
{
    m_list->setObjectName(name + QLatin1String("List"));
    m_list->addItems(tags);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    m_input->setObjectName(name + QLatin1String("Input"));
    m_input->setPlaceholderText(tr("New tag"));
    auto *completer = new QCompleter(known, m_input);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_input->setCompleter(completer);
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(name + QLatin1String("Add"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(name + QLatin1String("Remove"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 2, 1);
    layout->addWidget(remove, 0, 1, Qt::AlignTop);
    layout->addWidget(m_input, 2, 0);
    layout->addWidget(add, 2, 1);
    layout->setColumnStretch(0, 1);

    connect(add, &QPushButton::clicked, this, &TagListEdit::addFromInput);
    // Enter adds the tag; filtered here, because a dialog would take Enter as OK.
    m_input->installEventFilter(this);
    connect(remove, &QPushButton::clicked, this, &TagListEdit::removeSelected);
}

QStringList TagListEdit::tags() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->text());
    return result;
}

void TagListEdit::addFromInput()
{
    const QString tag = m_input->text().trimmed();
    if (tag.isEmpty())
        return;
    if (!tags().contains(tag))
        m_list->addItem(tag);
    m_input->clear();
}

bool TagListEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addFromInput();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TagListEdit::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
}

} // namespace nereid
