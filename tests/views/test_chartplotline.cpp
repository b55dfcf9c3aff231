// ChartPlotLine: a line too dense to antialias is painted as filled pixel columns, and looks like the one-pixel
// polyline through all its points: every pixel of that polyline is painted (a spike too), nothing far from it is,
// a gap stays empty, and a step across empty columns is still drawn.
#include "views/chartplotline.h"

#include <cmath>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace nereid;

namespace {

const QRectF Plot(0, 0, 400, 200);

// A noisy walk over steps 0..19,999 with a spike at step 7,000, NaN (a gap) over steps 12,000..12,999 and from step
// 16,000 only every 1,500th step: columns far apart, joined by slanted steps.
QList<QPointF> walk()
{
    QRandomGenerator random(7);
    QList<QPointF> points;
    double y = 0;
    for (int step = 0; step < 20000; ++step) {
        y = std::clamp(y + random.bounded(2.0) - 1, -40.0, 40.0);
        if (step >= 16000 && step % 1500 != 0)
            continue;
        const bool gap = step >= 12000 && step < 13000;
        points.append({double(step), gap ? qQNaN() : step == 7000 ? 95.0 : y});
    }
    return points;
}

QImage blank()
{
    QImage image(Plot.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    return image;
}

// The reference: QPainter's one-pixel polyline through every point of each piece between NaN.
QImage strokedReference(const QList<QPointF> &points, const ChartPlotMapping &mapping)
{
    QImage image = blank();
    QPainter painter(&image);
    painter.setPen(QPen(Qt::black, 1));
    QPolygonF piece;
    for (const QPointF &point : points) {
        if (std::isnan(point.y())) {
            painter.drawPolyline(std::exchange(piece, {}));
            continue;
        }
        piece.append(mapping.map(point));
    }
    painter.drawPolyline(piece);
    return image;
}

QImage painted(const ChartPlotLine &line)
{
    QImage image = blank();
    QPainter painter(&image);
    for (const QRect &span : line.spans)
        painter.fillRect(span, Qt::black);
    painter.setPen(QPen(Qt::black, 1));
    for (const QPolygonF &piece : line.pieces)
        painter.drawPolyline(piece);
    return image;
}

bool inked(const QImage &image, int x, int y)
{
    return image.rect().contains(x, y) && image.pixel(x, y) != QColor(Qt::white).rgb();
}

// Pixels inked in `image` with no inked pixel of `other` within `distance` (in x and in y).
int inkedAwayFrom(const QImage &image, const QImage &other, int distance)
{
    int away = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            if (!inked(image, x, y))
                continue;
            bool near = false;
            for (int dy = -distance; dy <= distance && !near; ++dy)
                for (int dx = -distance; dx <= distance && !near; ++dx)
                    near = inked(other, x + dx, y + dy);
            away += near ? 0 : 1;
        }
    return away;
}

} // namespace

class TestChartPlotLine : public QObject
{
    Q_OBJECT

private slots:
    void denseLineLooksLikeItsPolyline();
    void antialiasedLineKeepsEveryPiece();
    void denseWhereverColumnsHoldManyPoints();
};

void TestChartPlotLine::denseLineLooksLikeItsPolyline()
{
    const QList<QPointF> points = walk();
    const ChartPlotMapping mapping(Plot, 0, 19999, -100, 100, false);
    const ChartPlotLine line = ChartPlotLine::map(points, mapping, true, 1);
    QVERIFY(line.spans.size() <= 400); // a column each, at most
    QVERIFY(line.pieces.size() >= 1);  // the slanted steps of the sparse end
    const QImage reference = strokedReference(points, mapping);
    const QImage image = painted(line);
    // Every pixel of the polyline is painted, or its neighbour is (the step from one column to the next is filled
    // in the next one); nothing is painted away from it.
    QCOMPARE(inkedAwayFrom(reference, image, 1), 0);
    QCOMPARE(inkedAwayFrom(image, reference, 1), 0);
    // The spike reaches its pixel, and the gap's columns are empty.
    const QPointF spike = mapping.map({7000, 95});
    QVERIFY(inked(image, int(spike.x()), int(spike.y())));
    for (int x = int(mapping.mapX(12010)) + 1; x < int(mapping.mapX(12990)); ++x)
        for (int y = 0; y < image.height(); ++y)
            QVERIFY2(!inked(image, x, y), qPrintable(QStringLiteral("%1, %2").arg(x).arg(y)));
    // A flat stretch is as thick as the pen.
    const ChartPlotLine flat = ChartPlotLine::map({{0, 0}, {19999, 0}}, mapping, true, 2);
    QCOMPARE(flat.pieces.size(), 1); // one step across every column
    QVERIFY(ChartPlotLine::map({{0, 0}, {1, 0}, {2, 0}}, mapping, true, 2).spans.first().height() >= 2);
}

void TestChartPlotLine::antialiasedLineKeepsEveryPiece()
{
    const ChartPlotMapping mapping(Plot, 0, 19999, -100, 100, false);
    const ChartPlotLine line = ChartPlotLine::map(walk(), mapping, false, 1);
    QVERIFY(line.spans.isEmpty());
    QCOMPARE(line.pieces.size(), 2); // before and after the gap
    QVERIFY(line.pieces.first().contains(mapping.map({7000, 95})));
}

// A line is painted without antialiasing when it is dense anywhere: 70 columns of 3 points beside 330 of one
// point each are, though that is 1.35 points a column on average.
void TestChartPlotLine::denseWhereverColumnsHoldManyPoints()
{
    const ChartPlotMapping mapping(Plot, 0, 4000, -100, 100, false); // 10 units a pixel column
    QList<QPointF> mixed;
    for (int x = 0; x < 700; x += 10)
        mixed << QPointF(x, 50) << QPointF(x + 3, -50) << QPointF(x + 6, 0);
    for (int x = 705; x < 4000; x += 10)
        mixed << QPointF(x, 10);
    QVERIFY(ChartPlotLine::isDense(mixed, mapping));
    QVERIFY(ChartPlotLine::map(mixed, mapping, true, 1).dense);
    QVERIFY(!ChartPlotLine::isDense(mixed.mid(0, qsizetype(60) * 3) + mixed.mid(qsizetype(70) * 3),
                                    mapping)); // 60 such columns
    QList<QPointF> sparse;
    for (int x = 0; x <= 4000; x += 30)
        sparse << QPointF(x, x % 60 ? 50 : -50);
    QVERIFY(!ChartPlotLine::isDense(sparse, mapping));
    QVERIFY(!ChartPlotLine::map(sparse, mapping, false, 1).dense);
    QList<QPointF> zigzag; // two points a column over the whole plot
    for (int x = 0; x < 4000; x += 10)
        zigzag << QPointF(x, 50) << QPointF(x + 5, -50);
    QVERIFY(ChartPlotLine::isDense(zigzag, mapping));
}

QTEST_MAIN(TestChartPlotLine)
#include "test_chartplotline.moc"
