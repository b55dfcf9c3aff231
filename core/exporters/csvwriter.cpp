#include "csvwriter.h"

#include "numbertext.h"

#include <QDir>
#include <QJsonArray>

namespace nereid {

namespace {

QByteArray cell(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    return '"' + utf8.replace("\"", "\"\"") + '"';
}

// A JSON value as a spreadsheet shows it: numbers as the shortest exact text, lists joined with ", ".
QString text(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(text(item));
        return items.join(QStringLiteral(", "));
    }
    if (value.isDouble()) {
        QByteArray number;
        NumberText::append(number, value.toDouble(), false);
        return QString::fromLatin1(number);
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

} // namespace

QString CsvWriter::fileName(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        segment.replace(QLatin1Char('%'), QStringLiteral("%25"));
        if (segment == QLatin1String(".") || segment == QLatin1String(".."))
            segment.replace(QLatin1Char('.'), QStringLiteral("%2E"));
    }
    return segments.join(QLatin1Char('/'));
}

bool CsvWriter::begin(const QString &folder, QString *)
{
    m_folder = folder;
    return true;
}

bool CsvWriter::write(ExportedRun &run, QString *error)
{
    QMap<QString, QString> row;
    for (auto it = run.sys.begin(); it != run.sys.end(); ++it) {
        const QString column = QStringLiteral("sys/") + it.key();
        if (!m_sysColumns.contains(column))
            m_sysColumns.append(column);
        row.insert(column, text(it.value()));
    }
    for (auto it = run.atoms.begin(); it != run.atoms.end(); ++it) {
        m_atomColumns.insert(it.key(), true);
        row.insert(it.key(), text(it.value().value(QStringLiteral("value"))));
    }
    m_rows.append(row);
    for (auto it = run.files.begin(); it != run.files.end(); ++it)
        run.skipped.append(tr("%1: a %2 field (the CSV holds no files; export as jsonl or mlflow for them)")
                               .arg(it.key(), it.value().value(QStringLiteral("type")).toString()));

    const QDir runFolder(QDir(m_folder).filePath(QStringLiteral("series/") + run.id));
    for (auto it = run.series.begin(); it != run.series.end(); ++it) {
        const ExportedSeries &s = it.value();
        QByteArray out = "step,value,timestamp\n";
        out.reserve(s.steps.size() * 48);
        for (qsizetype i = 0; i < s.steps.size(); ++i) {
            NumberText::append(out, s.steps.at(i), false);
            out.append(',');
            if (s.type == QLatin1String("floatSeries"))
                NumberText::append(out, s.values.at(i), false);
            else
                out.append(cell(s.texts.at(i)));
            out.append(',');
            NumberText::append(out, s.timestamps.at(i), false);
            out.append('\n');
        }
        if (!writeFile(runFolder.filePath(fileName(it.key()) + QStringLiteral(".csv")), out, error))
            return false;
    }
    return true;
}

bool CsvWriter::finish(QString *error)
{
    QStringList columns = m_sysColumns;
    for (const QString &first : {QStringLiteral("sys/name"), QStringLiteral("sys/id")}) // what people look for
        if (columns.removeOne(first))
            columns.prepend(first);
    columns += m_atomColumns.keys();
    QByteArrayList header;
    for (const QString &column : columns)
        header.append(cell(column));
    QByteArray out = header.join(',') + '\n';
    for (const QMap<QString, QString> &row : m_rows) {
        QByteArrayList cells;
        for (const QString &column : columns)
            cells.append(cell(row.value(column)));
        out.append(cells.join(',')).append('\n');
    }
    return writeFile(QDir(m_folder).filePath(QStringLiteral("runs.csv")), out, error);
}

} // namespace nereid
