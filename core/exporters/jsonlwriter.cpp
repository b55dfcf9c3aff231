#include "jsonlwriter.h"

#include "csvwriter.h"
#include "exportblobs.h"
#include "numbertext.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace nereid {

namespace {

// A JSON string with its quotes, escaped as QJsonDocument escapes it.
void appendString(QByteArray &out, const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    out.append(array.constData() + 1, array.size() - 2);
}

void appendNumbers(QByteArray &out, const char *name, const QList<double> &numbers)
{
    out.append('"').append(name).append("\":[");
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i)
            out.append(',');
        NumberText::append(out, numbers.at(i));
    }
    out.append(']');
}

} // namespace

bool JsonlWriter::begin(const QString &folder, QString *error)
{
    m_folder.setPath(folder);
    m_file.setFileName(m_folder.filePath(QStringLiteral("runs.jsonl")));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool JsonlWriter::writeFiles(ExportedRun &run, QString *error)
{
    const QString root = QStringLiteral("files/") + run.id;
    const bool written = run.forEachFile([&](const QString &field, const QString &member, QJsonObject &file) {
        // The same escaping as the CSV's series files: no segment can climb out of the folder.
        QString relative = root + QLatin1Char('/') + CsvWriter::fileName(field);
        if (!member.isEmpty())
            relative += QLatin1Char('/') + CsvWriter::fileName(member);
        file.insert(QStringLiteral("file"), relative);
        return m_blobs->save(file, m_folder.filePath(relative), error);
    });
    if (!written)
        QDir(m_folder.filePath(root)).removeRecursively();
    return written;
}

bool JsonlWriter::write(ExportedRun &run, QString *error)
{
    if (!writeFiles(run, error))
        return false;
    const QByteArray bytes = line(run);
    if (m_file.write(bytes) != bytes.size()) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool JsonlWriter::finish(QString *error)
{
    if (!m_file.flush()) {
        *error = tr("%1 cannot be written: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_file.close();
    return true;
}

void JsonlWriter::appendFloatColumns(QByteArray &out, const ExportedSeries &series)
{
    out.reserve(out.size() + series.steps.size() * 48);
    appendNumbers(out, "steps", series.steps);
    out.append(',');
    appendNumbers(out, "values", series.values);
    out.append(',');
    appendNumbers(out, "timestamps", series.timestamps);
}

QByteArray JsonlWriter::line(const ExportedRun &run)
{
    QByteArray out = "{\"project\":";
    appendString(out, run.project);
    out.append(",\"kind\":");
    appendString(out, run.kind);
    out.append(",\"id\":");
    appendString(out, run.id);
    out.append(",\"sys\":").append(QJsonDocument(run.sys).toJson(QJsonDocument::Compact));
    out.append(",\"fields\":{");
    bool first = true;
    for (auto it = run.atoms.begin(); it != run.atoms.end(); ++it, first = false) {
        if (!first)
            out.append(',');
        appendString(out, it.key());
        const QJsonObject atom{{QStringLiteral("type"), it.value().value(QStringLiteral("type"))},
                               {QStringLiteral("value"), it.value().value(QStringLiteral("value"))}};
        out.append(':').append(QJsonDocument(atom).toJson(QJsonDocument::Compact));
    }
    for (auto it = run.series.begin(); it != run.series.end(); ++it, first = false) {
        if (!first)
            out.append(',');
        appendString(out, it.key());
        out.append(":{\"type\":");
        appendString(out, it.value().type);
        out.append(',');
        if (it.value().type == QLatin1String("floatSeries")) {
            appendFloatColumns(out, it.value());
        } else {
            appendNumbers(out, "steps", it.value().steps);
            out.append(",\"values\":")
                .append(QJsonDocument(QJsonArray::fromStringList(it.value().texts)).toJson(QJsonDocument::Compact));
            out.append(',');
            appendNumbers(out, "timestamps", it.value().timestamps);
        }
        out.append('}');
    }
    for (auto it = run.files.begin(); it != run.files.end(); ++it, first = false) {
        if (!first)
            out.append(',');
        appendString(out, it.key());
        out.append(':').append(QJsonDocument(it.value()).toJson(QJsonDocument::Compact));
    }
    out.append("}}\n");
    return out;
}

} // namespace nereid
