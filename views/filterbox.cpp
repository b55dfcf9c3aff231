#include "filterbox.h"

#include "filtercompleter.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace nereid {

FilterBox::FilterBox(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_completer(new FilterCompleter(m_edit))
{
    m_edit->setObjectName(QStringLiteral("filterEdit"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Filter runs by words, or by a query: params/lr > 0.01 AND sys/tags CONTAINS best"));
    m_edit->setToolTip(tr("Esc clears the filter. Help > Query language has the grammar and examples."));
    m_edit->installEventFilter(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b02828;"));
    m_error->hide();
    m_hint->setObjectName(QStringLiteral("filterHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText); // a note, quieter than the error's red
    m_hint->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    layout->addWidget(m_hint);

    m_delay.setSingleShot(true);
    m_delay.setInterval(250);
    connect(m_edit, &QLineEdit::textEdited, &m_delay, qOverload<>(&QTimer::start));
    connect(m_completer, &FilterCompleter::completed, &m_delay, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        m_delay.stop();
        emit filterRequested(m_edit->text());
    });
    connect(&m_delay, &QTimer::timeout, this, [this] { emit filterRequested(m_edit->text()); });
}

QString FilterBox::text() const
{
    return m_edit->text();
}

void FilterBox::focusLine()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBox::setText(const QString &text)
{
    m_edit->setText(text);
    emit filterRequested(text);
}

void FilterBox::clear()
{
    m_delay.stop();
    setText(QString());
}

void FilterBox::setPathSource(std::function<QStringList()> source)
{
    m_completer->setPathSource(std::move(source));
}

bool FilterBox::eventFilter(QObject *watched, QEvent *event)
{
    // Esc clears a filter; an open completion list takes Esc first (it closes), so a second Esc clears.
    if (watched == m_edit && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_edit->text().isEmpty()) {
        clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void FilterBox::showError(const QueryError &error)
{
    if (error.isNull()) {
        m_error->hide();
        m_edit->setStyleSheet(QString());
        updateNote();
        return;
    }
    // The message names the character; the line below the box quotes the text up to it so it can be found.
    // A field no run has is named in the message itself.
    const QString text = m_edit->text();
    const qsizetype at = qBound<qsizetype>(0, error.position, text.size());
    m_error->setText(error.kind == QueryError::Kind::UnknownField
                         ? error.message
                         : tr("%1\nHere: %2 ⟵").arg(error.message, text.left(at + 1)));
    m_error->show();
    m_edit->setStyleSheet(QStringLiteral("QLineEdit { border: 1px solid #b02828; }"));
    updateNote();
}

void FilterBox::showHint(const QString &hint)
{
    m_hint->setText(hint);
    updateNote();
}

void FilterBox::updateNote()
{
    m_hint->setVisible(!m_hint->text().isEmpty() && m_error->isHidden());
}

} // namespace nereid
