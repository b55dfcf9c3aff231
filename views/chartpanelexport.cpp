// ChartPanel: export of the chart as PNG and of the raw points in view as CSV.
#include "chartcanvas.h"
#include "chartlines.h"
#include "chartpanel.h"
#include "models/chartcsvexport.h"

#include <limits>
#include <QFileDialog>
#include <QMessageBox>
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

QString fileNameFor(const QString &path, const QString &suffix)
{
    QString name = path;
    name.replace(u'/', u'_');
    return name + suffix;
}

} // namespace

bool ChartPanel::savePng(const QString &filePath, QString *error) const
{
    const QPixmap image = m_canvas->grab();
    if (!image.save(filePath, "PNG"))
        return fail(error, tr("The image could not be saved to %1.").arg(filePath));
    return true;
}

ChartCsvExport *ChartPanel::startCsvExport(const QString &filePath)
{
    QStringList shown;
    for (const QString &runId : m_model.runIds())
        if (!m_lines->isHidden(runId))
            shown.append(runId);
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
