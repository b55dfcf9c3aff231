#include "querylanguagedialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nereid {

namespace {

QString code(const QString &text)
{
    return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped());
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(text.toHtmlEscaped());
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

// An example query and what it finds.
QString example(const QString &query, const QString &finds)
{
    return QStringLiteral("<tr><td style=\"white-space: pre\"><code>%1</code></td><td>%2</td></tr>")
        .arg(query.toHtmlEscaped(), finds.toHtmlEscaped());
}

} // namespace

QueryLanguageDialog::QueryLanguageDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Query language"));
    auto *page = new QTextBrowser(this);
    page->setObjectName(QStringLiteral("queryLanguagePage"));
    page->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(page, 1);
    layout->addWidget(buttons);
    resize(680, 620);
}

QString QueryLanguageDialog::html()
{
    // One message per paragraph, so a translator sees each on its own; the query language itself is not translated.
    return heading(tr("Words or a query")) +
           paragraph(tr("The filter box above the experiments table takes plain words or a query. Words find the runs "
                        "whose id, name, description or tags hold every word, in any case. A query compares fields.")) +
           paragraph(tr("A query that names a field no run has is refused with the closest paths the project has. "
                        "One condition on a name without a namespace, such as lr=0.0, is searched as words instead "
                        "when no run has that field; the line under the box says so.")) +
           paragraph(tr("Esc clears the filter. Field paths and keywords are completed as you type.")) +
           heading(tr("Examples")) + QStringLiteral("<table cellpadding=\"3\">") +
           example(QStringLiteral("resnet baseline"),
                   tr("runs with both words in their id, name, description or tags")) +
           example(QStringLiteral("params/lr > 0.01"), tr("a learning rate above 0.01")) +
           example(QStringLiteral("sys/tags CONTAINS best AND sys/failed = false"),
                   tr("runs tagged best that did not fail")) +
           example(QStringLiteral("last(train/loss) < 0.2"), tr("the last logged loss below 0.2")) +
           example(QStringLiteral("min(val/loss) < 0.1 OR max(val/acc) >= 0.95"),
                   tr("the best value of a series, either way")) +
           example(QStringLiteral("sys/creation_time > -3d"), tr("created in the last three days")) +
           example(QStringLiteral("sys/name MATCHES \"^vit-(small|base)\""),
                   tr("a name that matches a regular expression")) +
           example(QStringLiteral("NOT params/optimizer EXISTS"), tr("runs without the field")) +
           example(QStringLiteral("sys/state = active"), tr("runs a client is logging to now")) +
           example(QStringLiteral("`params/batch size`:int >= 64"), tr("a path with a space, and its type named")) +
           QStringLiteral("</table>") + heading(tr("Grammar")) +
           code(QStringLiteral("query     := condition { (AND | OR) condition }\n"
                               "condition := NOT condition | \"(\" query \")\"\n"
                               "           | operand ( EXISTS | NOT EXISTS | compare value\n"
                               "                     | [NOT] CONTAINS value | [NOT] MATCHES value )\n"
                               "compare   := = | != | > | >= | < | <=\n"
                               "operand   := field | aggregate \"(\" field \")\"\n"
                               "aggregate := last | min | max | average | variance\n"
                               "field     := path [ \":\" type ]   path: params/lr or `params/batch size`\n"
                               "value     := number | true | false | \"text\" | 'text' | word | -3d")) +
           paragraph(
               tr("NOT binds tighter than AND, and AND tighter than OR; parentheses group. Keywords may be "
                  "written in any case. A keyword is never a value: quote it (\"AND\") to compare with the word.")) +
           heading(tr("Types and operators")) +
           paragraph(tr("Numbers and datetimes compare with = != > >= < <=; a float series compares its last value, "
                        "or the aggregate named. Text compares with = != CONTAINS MATCHES; a tag set with CONTAINS. "
                        "Booleans are true or false. Datetimes are ISO 8601 (2026-05-01, 2026-05-01T12:00) or relative "
                        "to now (-3d, -12h, -30m).")) +
           paragraph(tr("A run that lacks the field never matches a condition on it, not even !=; ask with NOT ... "
                        "EXISTS for runs without it. The types a path may name are float, int, bool, string, datetime, "
                        "stringSet, floatSeries, stringSeries and experimentState."));
}

} // namespace nereid
