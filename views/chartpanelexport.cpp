// ChartPanel: export of the chart as PNG and of the raw points in view as CSV.
#include "chartcanvas.h"
#include "chartlines.h"
#include "chartpanel.h"
#include "series/seriescsv.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QSaveFile>

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

bool ChartPanel::saveCsv(const QString &filePath, QString *error) const
{
    QList<SeriesCsv::Run> runs;
    for (const QString &runId : m_model.runIds())
        if (!m_lines->isHidden(runId))
            runs.append({runId, m_model.pointsInView(runId)});
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("%1 cannot be written: %2").arg(filePath, file.errorString()));
    if (!SeriesCsv::write(file, runs, error))
        return false;
    if (!file.commit())
        return fail(error, tr("%1 cannot be written: %2").arg(filePath, file.errorString()));
    return true;
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
    const QString filePath = QFileDialog::getSaveFileName(
        this, tr("Save the data in view as CSV"), fileNameFor(path(), QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    QString error;
    if (!filePath.isEmpty() && !saveCsv(filePath, &error))
        QMessageBox::warning(this, tr("Save the data in view as CSV"), error);
}

} // namespace nereid
