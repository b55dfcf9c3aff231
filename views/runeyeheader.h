#pragma once

#include <functional>
#include <QHeaderView>

namespace nereid {

// The eye column of the experiments table (issue 17): the table's vertical header, an eye beside each row, open
// while the run is drawn in the charts, struck through and faint while it is hidden from them. A click toggles it
// without selecting the row (the selection is what the charts compare); the keyboard has "Hide in charts" (H) on
// the selected runs instead.
class RunEyeHeader : public QHeaderView
{
    Q_OBJECT

public:
    // `isHidden` tells whether the run of a row (of the header's model) is hidden.
    RunEyeHeader(std::function<bool(int row)> isHidden, QWidget *parent = nullptr);

    // Where the eye of a row is drawn: its section, in the header's coordinates.
    QRect eyeRect(int row) const;

signals:
    void toggled(int row);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    QSize sizeHint() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    std::function<bool(int row)> m_isHidden;
};

} // namespace nereid
