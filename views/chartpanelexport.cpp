// ChartPanel: export of the chart as PNG and of the raw points in view as CSV.
#include "chartcanvas.h"
#include "chartlegendlist.h"
#include "chartlines.h"
#include "chartpanel.h"
#include "models/chartcsvexport.h"

#include <limits>
#include <QFileDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QProgressDialog>

namespace nereid {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

constexpr int MaxLegendColumns = 4;
constexpr int LegendColumnWidth = 190;

QString fileNameFor(const QString &path, const QString &suffix)
{
    QString name = path;
    name.replace(u'/', u'_');
    return name + suffix;
}

} // namespace

// The picture a reader of a report needs: the metric as its title above the plot, and the legend. QtCharts' legend is
// in the plot; the runs of a chart of many are listed beside it, in as many columns as MaxLegendColumns allows, the
// rest counted: the list on screen shows only the rows scrolled to.
QImage ChartPanel::exportImage() const
{
    const QPixmap plot = m_canvas->grab();
    const qreal ratio = plot.devicePixelRatio();
    const QSize plotSize = (QSizeF(plot.size()) / ratio).toSize();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    const int titleHeight = QFontMetrics(titleFont).height() + 12;
    QStringList shown;
    if (m_legendList->isVisible())
        for (const QString &runId : m_model.runIds())
            if (!isHidden(runId))
                shown.append(runId);
    const int rowHeight = fontMetrics().height() + 4;
    const int perColumn = std::max(1, plotSize.height() / rowHeight - 1);
    const int columns = std::min<int>(MaxLegendColumns, int((shown.size() + perColumn - 1) / perColumn));
    const QSize size(plotSize.width() + columns * LegendColumnWidth, titleHeight + plotSize.height());
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    painter.setFont(titleFont);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(8, 0, size.width() - 16, titleHeight), Qt::AlignVCenter | Qt::AlignLeft, path());
    painter.drawPixmap(0, titleHeight, plot);
    painter.setFont(font());
    const qsizetype fitting = std::min<qsizetype>(shown.size(), qsizetype(columns) * perColumn);
    for (qsizetype i = 0; i < fitting; ++i) {
        const QRect row(plotSize.width() + int(i / perColumn) * LegendColumnWidth,
                        titleHeight + int(i % perColumn) * rowHeight, LegendColumnWidth - 8, rowHeight);
        painter.fillRect(QRect(row.left(), row.center().y() - 5, 10, 10), m_lines->colorOf(shown[i], {}));
        const QString name = m_model.runName(shown[i]);
        const QString label = name.isEmpty() ? shown[i] : tr("%1 · %2").arg(shown[i], name);
        painter.drawText(row.adjusted(16, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                         fontMetrics().elidedText(label, Qt::ElideRight, row.width() - 16));
    }
    if (fitting < shown.size())
        painter.drawText(
            QRect(plotSize.width(), titleHeight + perColumn * rowHeight, columns * LegendColumnWidth, rowHeight),
            Qt::AlignVCenter | Qt::AlignLeft, tr("… and %n more run(s)", "", int(shown.size() - fitting)));
    return image;
}

bool ChartPanel::savePng(const QString &filePath, QString *error) const
{
    const QImage image = exportImage();
    if (!image.save(filePath, "PNG"))
        return fail(error, tr("The image could not be saved to %1.").arg(filePath));
    return true;
}

ChartCsvExport *ChartPanel::startCsvExport(const QString &filePath)
{
    QStringList shown;
    for (const QString &key : m_model.lineKeys())
        if (!m_lines->isHidden(m_model.runOf(key)))
            shown.append(key);
    auto *csvExport = new ChartCsvExport(m_model, shown, filePath, this);
    connect(csvExport, &ChartCsvExport::finished, csvExport, &QObject::deleteLater);
    // Started from the event loop, so whoever asked can connect to it first (it may finish at once).
    QMetaObject::invokeMethod(csvExport, &ChartCsvExport::start, Qt::QueuedConnection);
    return csvExport;
}

void ChartPanel::exportPng()
{
    const QString filePath = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), fileNameFor(path(), QStringLiteral(".png")), tr("PNG images (*.png)"));
    QString error;
    if (!filePath.isEmpty() && !savePng(filePath, &error))
        QMessageBox::warning(this, tr("Save chart as PNG"), error);
}

void ChartPanel::exportCsv()
{
    const QString title = tr("Save the data in view as CSV");
    const QString filePath =
        QFileDialog::getSaveFileName(this, title, fileNameFor(path(), QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (filePath.isEmpty())
        return;
    ChartCsvExport *csvExport = startCsvExport(filePath);
    if (csvExport->needsDownload())
        showProgress(csvExport, title);
    // After the progress dialog's own connection: it closes before a warning opens.
    connect(csvExport, &ChartCsvExport::finished, this, [this, title](bool written, const QString &error) {
        if (!written)
            QMessageBox::warning(this, title, error);
    });
}

void ChartPanel::showProgress(ChartCsvExport *csvExport, const QString &title)
{
    // Long series the cache does not hold come from the server first: a million points take a few seconds.
    auto *progress = new QProgressDialog(tr("Downloading the points in view…"), tr("Cancel"), 0, 0, this);
    progress->setWindowTitle(title);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    const auto toBar = [](qint64 points) { return int(std::min<qint64>(points, std::numeric_limits<int>::max())); };
    progress->setMaximum(toBar(csvExport->expectedPoints()));
    connect(csvExport, &ChartCsvExport::progressed, progress, [progress, toBar](qint64 received, qint64 expected) {
        progress->setMaximum(toBar(std::max(received, expected)));
        progress->setValue(toBar(received));
    });
    connect(progress, &QProgressDialog::canceled, csvExport, [csvExport, progress] {
        csvExport->cancel();
        csvExport->deleteLater();
        progress->deleteLater();
    });
    connect(csvExport, &ChartCsvExport::finished, progress, &QProgressDialog::close);
}

} // namespace nereid
