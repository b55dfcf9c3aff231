#pragma once

#include <QColor>
#include <QLabel>

namespace nereid {

// What hovering a chart shows at the cursor (issue 16): every shown run's value at the step under it, the highest
// first as the lines lie on the plot, the run nearest the cursor in bold on a tinted row. A chart of hundreds of runs
// lists the rows around the nearest one and says how many more lie above and below. A label in the plot, not a
// QToolTip: it follows the cursor without flicker and never takes the mouse.
class ChartHoverTip : public QLabel
{
    Q_OBJECT

public:
    struct Row
    {
        QString label; // "id · name"
        QColor color;
        double value = 0;
        bool nearest = false;
    };

    static constexpr int MaxRows = 20;

    explicit ChartHoverTip(QWidget *parent);

    // Shows `rows` under `header` beside `at` (the parent's coordinates), kept inside the parent.
    void showRows(const QString &header, QList<Row> rows, QPoint at);
    // The rows shown, in order, as plain text: "label: value", the nearest marked with "▶".
    QStringList shownRows() const { return m_shown; }

private:
    QStringList m_shown;
};

} // namespace nereid
