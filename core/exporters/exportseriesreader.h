#pragma once

#include "exportedrun.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nereid {

class ImportClient;

// Every point of one series of a run, read page by page through `GET /runs/{id}/series`.
class ExportSeriesReader
{
    Q_DECLARE_TR_FUNCTIONS(ExportSeriesReader)

public:
    explicit ExportSeriesReader(ImportClient *client);

    // A float series in the binary form (docs/api.md, "Binary points"): the stored doubles, no text to parse.
    bool readFloats(const QString &id, const QString &path, ExportedSeries *series, QString *error);
    // The JSON columns of a string or file series.
    bool readColumns(const QString &id, const QString &path, QJsonArray *steps, QJsonArray *values,
                     QJsonArray *timestamps, QString *error);

    static constexpr int PointsPerPage = 100000;

private:
    ImportClient *m_client;
};

} // namespace nereid
