// The plots of issue 17 (items 4 and 5) redrawn over 10,000 runs: parallel coordinates with 8 axes, each run's
// polyline rasterised into an image by PolylineRaster, against QPainter's antialiased polylines of the same points in
// the same image (the baseline); and the model read again from the table's proxy, as a filter or a sync makes it.
// The scatter plot's 10,000 dots stamped into an image, against QPainter's antialiased ellipses at the same points.
// Run with `-median 5`.
#include "benchruntabledata.h"
#include "cache/cache.h"
#include "models/plottablemodel.h"
#include "models/runfilterproxymodel.h"
#include "models/runtablemodel.h"
#include "views/parallelcoordinates.h"
#include "views/scatterplot.h"

#include <cmath>
#include <QDir>
#include <QPainter>
#include <QTest>

using namespace nereid;

namespace {

constexpr int RunCount = 10'000;
const QSize PlotSize(1200, 500);

} // namespace

class BenchPlots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parallelRaster();
    void parallelRasterOneThread();
    void parallelQPainterBaseline();
    void parallelModelRefresh();
    void scatterStamp();
    void scatterQPainterBaseline();

private:
    Cache m_cache; // never opened: the runs go in as the sync engine's pages would
    std::unique_ptr<RunTableModel> m_runs;
    std::unique_ptr<RunFilterProxyModel> m_proxy;
    std::unique_ptr<PlotTableModel> m_model;
    std::unique_ptr<ParallelCoordinates> m_parallel;
    std::unique_ptr<PlotTableModel> m_scatterModel;
    std::unique_ptr<ScatterPlot> m_scatter;
};

void BenchPlots::initTestCase()
{
    m_runs = std::make_unique<RunTableModel>(&m_cache);
    m_runs->setRuns(bench::Project, {});
    m_runs->addRuns(bench::runs(1, RunCount, 8, 2));
    m_proxy = std::make_unique<RunFilterProxyModel>();
    m_proxy->setRunModel(m_runs.get());
    m_model = std::make_unique<PlotTableModel>(m_proxy.get());
    // Ints, floats, a string (categories) and two series: eight axes, coloured by the first series.
    QList<RunColumn> axes;
    for (const char *path :
         {"params/p1", "params/p3", "params/p4", "params/p6", "params/p7", "params/p2", "metrics/m0", "metrics/m1"})
        axes.append({QString::fromLatin1(path), SeriesAggregate::Last});
    m_model->setPlotColumns(axes);
    QCOMPARE(m_model->rowCount(), RunCount);
    QVERIFY(m_model->isCategorical(5));
    m_parallel = std::make_unique<ParallelCoordinates>(m_model.get());
    m_parallel->setAxes(8, 6);
    QCOMPARE(m_parallel->axisCount(), 8);

    // A float param across, a series up, coloured by the other series.
    m_scatterModel = std::make_unique<PlotTableModel>(m_proxy.get());
    m_scatterModel->setPlotColumns({{QStringLiteral("params/p3"), SeriesAggregate::Last},
                                    {QStringLiteral("metrics/m0"), SeriesAggregate::Last},
                                    {QStringLiteral("metrics/m1"), SeriesAggregate::Last}});
    m_scatter = std::make_unique<ScatterPlot>(m_scatterModel.get());
    m_scatter->setColorColumn(2);
    m_scatter->resize(PlotSize);
}

void BenchPlots::parallelRaster()
{
    QImage image;
    QBENCHMARK
    {
        image = m_parallel->renderLines(PlotSize);
    }
    // Lines were drawn: the middle column between the first two axes has ink.
    int inked = 0;
    const int x = int(m_parallel->linePoints(PlotSize)[0].x()) + 20;
    for (int y = 0; y < image.height(); ++y)
        inked += qAlpha(image.pixel(x, y)) ? 1 : 0;
    QVERIFY(inked > 100);
    // The widget as it shows these runs, to be looked at.
    m_parallel->resize(PlotSize);
    QDir().mkpath(QStringLiteral("/tmp/shots-plots-2"));
    m_parallel->grab().save(QStringLiteral("/tmp/shots-plots-2/parallel-10k.png"));
}

void BenchPlots::parallelRasterOneThread()
{
    QImage image;
    QBENCHMARK
    {
        image = m_parallel->renderLines(PlotSize, 1);
    }
    QCOMPARE(image, m_parallel->renderLines(PlotSize)); // the threads draw the same image
}

void BenchPlots::parallelQPainterBaseline()
{
    // The same points and colours, drawn as a widget would with QPainter: antialiased polylines, one per run.
    const QList<QPointF> points = m_parallel->linePoints(PlotSize);
    const QList<QRgb> colors = m_parallel->lineColors();
    const int alpha = m_parallel->lineAlpha();
    QImage image(PlotSize, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        for (qsizetype row = 0; row < colors.size(); ++row) {
            QColor color = QColor::fromRgb(colors[row]);
            color.setAlpha(alpha);
            painter.setPen(QPen(color, 1));
            painter.drawPolyline(points.constData() + row * 8, 8);
        }
    }
}

void BenchPlots::parallelModelRefresh()
{
    // What a filter change or a live update costs before the redraw: the model reads the proxy's rows again.
    QBENCHMARK
    {
        m_model->refresh();
    }
    QCOMPARE(m_model->rowCount(), RunCount);
}

void BenchPlots::scatterStamp()
{
    QImage image;
    QBENCHMARK
    {
        image = m_scatter->renderPoints(PlotSize);
    }
    const QPoint at = m_scatter->pointOf(0).toPoint();
    QVERIFY(qAlpha(image.pixel(at)) > 0);
}

void BenchPlots::scatterQPainterBaseline()
{
    // The same points as antialiased filled circles of the same radius, with QPainter.
    QList<QPointF> points;
    for (int row = 0; row < m_scatterModel->rowCount(); ++row)
        points.append(m_scatter->pointOf(row));
    QImage image(PlotSize, QImage::Format_ARGB32_Premultiplied);
    QBENCHMARK
    {
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        for (qsizetype row = 0; row < points.size(); ++row) {
            painter.setBrush(QColor::fromRgb(0x1f77b4 + int(row % 7)));
            painter.drawEllipse(points[row], 3.5, 3.5);
        }
    }
}

QTEST_MAIN(BenchPlots)
#include "benchplots.moc"
