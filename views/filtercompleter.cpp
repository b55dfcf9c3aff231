#include "filtercompleter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>

namespace nereid {

namespace {

// What ends a word of a query: spaces, operators, parentheses, quotes (a path's own '/', '_', '.' and '-' do not).
bool endsWord(QChar c)
{
    return c.isSpace() || QStringView(u"=<>!()\"`,").contains(c);
}

} // namespace

FilterCompleter::FilterCompleter(QLineEdit *edit)
    : QObject(edit)
    , m_edit(edit)
    , m_model(new QStringListModel(this))
    , m_completer(new QCompleter(m_model, this))
{
    m_completer->setObjectName(QStringLiteral("filterCompleter"));
    m_completer->setWidget(edit);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setMaxVisibleItems(10);
    m_model->setStringList(keywords());
    connect(edit, &QLineEdit::textEdited, this, &FilterCompleter::update);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &FilterCompleter::insert);
}

QStringList FilterCompleter::keywords()
{
    return {QStringLiteral("AND"),      QStringLiteral("OR"),      QStringLiteral("NOT"),
            QStringLiteral("CONTAINS"), QStringLiteral("MATCHES"), QStringLiteral("EXISTS")};
}

qsizetype FilterCompleter::wordStart() const
{
    const QString text = m_edit->text();
    qsizetype start = m_edit->cursorPosition();
    while (start > 0 && !endsWord(text[start - 1]))
        --start;
    const QString before = text.left(start);
    if (before.count(u'"') % 2 == 1 || before.count(u'`') % 2 == 1)
        return -1; // inside a quoted value (or a quoted path, which completion would break)
    // After an operator a value goes, and values are not paths.
    static const QRegularExpression operatorBefore(QStringLiteral("([=<>]|\\b(CONTAINS|MATCHES))\\s*$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    return operatorBefore.match(before).hasMatch() ? -1 : start;
}

void FilterCompleter::update()
{
    // The paths are read again now and then, not at every key: gathering them from a large project that a sync
    // keeps changing takes a while, and a path that arrived a few seconds ago can wait for the next read.
    if (m_source && (!m_read.isValid() || m_read.hasExpired(5000))) {
        m_read.start();
        if (const QStringList paths = m_source(); paths != m_paths) {
            m_paths = paths;
            m_model->setStringList(keywords() + m_paths);
        }
    }
    const qsizetype start = wordStart();
    const QString prefix = start < 0 ? QString() : m_edit->text().mid(start, m_edit->cursorPosition() - start);
    // One letter matches nearly every path: a list that long would only get in the way of typing words.
    if (prefix.size() < 2) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    const bool done = m_completer->completionCount() == 1 &&
                      m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0;
    if (m_completer->completionCount() == 0 || done) {
        m_completer->popup()->hide();
        return;
    }
    // Under the word being completed (QLineEdit keeps its cursorRect() to itself; a line scrolled sideways puts
    // the list a little off, which does not matter for a list).
    QAbstractItemView *popup = m_completer->popup();
    const int width = popup->sizeHintForColumn(0) + popup->verticalScrollBar()->sizeHint().width() + 8;
    const int x = m_edit->fontMetrics().horizontalAdvance(m_edit->text().left(start)) + m_edit->textMargins().left();
    m_completer->complete(QRect(qBound(0, x, qMax(0, m_edit->width() - width)), 0, width, m_edit->height()));
}

void FilterCompleter::insert(const QString &completion)
{
    const qsizetype start = wordStart();
    if (start < 0)
        return;
    const QString text = m_edit->text();
    const qsizetype cursor = m_edit->cursorPosition();
    m_edit->setText(text.left(start) + completion + text.mid(cursor));
    m_edit->setCursorPosition(int(start + completion.size()));
    emit completed();
}

} // namespace nereid
