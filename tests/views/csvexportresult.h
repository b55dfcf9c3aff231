#pragma once

#include "models/chartcsvexport.h"

#include <QSignalSpy>

namespace nereid::test {

// Waits for a chart's CSV export: true when the file was written, else false with the error in words (or none
// when it did not finish in time).
inline bool csvExportResult(ChartCsvExport *csvExport, QString &error, int timeoutMs = 15000)
{
    QSignalSpy finished(csvExport, &ChartCsvExport::finished);
    if (!finished.wait(timeoutMs))
        return false;
    error = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

} // namespace nereid::test
