#pragma once

#include "domain/seriespoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace nereid {

// The data of a chart as CSV, one raw point a row: `run,step,timestamp,value`, or `run,path,step,timestamp,value`
// for a chart of several paths. The timestamp is ISO 8601 in UTC
// with milliseconds (`2026-12-02T13:30:03.537Z`), the other numbers have 17 significant digits so a file read back
// gives the same doubles; NaN and ±Infinity are written as the API writes
// them ("NaN", "Infinity", "-Infinity"). Run ids never hold a comma or a quote (see RunId), but are quoted when they
// do, so any text survives.
class SeriesCsv
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCsv)

public:
    struct Run
    {
        QString runId;
        QString path; // of a chart of several paths; empty otherwise
        QList<FloatPoint> points = {};
        friend bool operator==(const Run &, const Run &) = default;
    };

    static bool write(QIODevice &device, const QList<Run> &runs, QString *error = nullptr);
    // Reads what write() wrote; runs in the order they first appear. False and `error` in words on bad input.
    static bool read(QIODevice &device, QList<Run> &runs, QString *error = nullptr);
    // One CSV field (RFC 4180): as it is, or quoted with its quotes doubled when it holds a comma, a quote or a
    // line break. The experiments table's export (RunTableCsv) writes its cells with it too.
    static QString field(const QString &text);

private:
    static QString number(double value);
    static bool parseNumber(const QString &text, double &value);
    static QString timestamp(double seconds);
    static bool parseTimestamp(const QString &text, double &seconds);
    static QStringList splitRow(const QString &line);
};

} // namespace nereid
