#include "nomatchlabel.h"

#include "models/runcounts.h"

#include <QAbstractItemView>
#include <QEvent>

namespace nereid {

NoMatchLabel::NoMatchLabel(QAbstractItemView *table, const RunCounts *counts)
    : QLabel(table->viewport())
{
    setObjectName(QStringLiteral("noRunsMatch"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setForegroundRole(QPalette::PlaceholderText);
    setText(QStringLiteral("<p style=\"font-size: large\">%1</p><p><a href=\"clear\">%2</a></p>")
                .arg(tr("No runs match").toHtmlEscaped(), tr("Clear the filter").toHtmlEscaped()));
    connect(this, &QLabel::linkActivated, this, &NoMatchLabel::clearRequested);
    table->viewport()->installEventFilter(this);
    setGeometry(table->viewport()->rect());
    connect(counts, &RunCounts::changed, this, &NoMatchLabel::update);
    update(counts->shown(), counts->total());
}

void NoMatchLabel::update(int shown, int total)
{
    setVisible(shown == 0 && total > 0);
}

bool NoMatchLabel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace nereid
