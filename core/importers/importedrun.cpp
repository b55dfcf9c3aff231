#include "importedrun.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace nereid {

QJsonObject ImportedRun::assign(const QString &path, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("value"), value}};
}

void ImportedRun::computeFingerprint(const char *version)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(version));
    hash.addData(QJsonDocument(createBody).toJson(QJsonDocument::Compact));
    hash.addData(QJsonDocument(assigns).toJson(QJsonDocument::Compact));
    hash.addData(QByteArrayView(trashed ? "T" : "A"));
    for (auto it = series.begin(); it != series.end(); ++it) {
        hash.addData(it.key().toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(it.value().constData()),
                                    it.value().size() * qsizetype(sizeof(MappedPoint))));
    }
    // Text and file series are hashed only when there are some, so runs of sources without them (MLflow) keep
    // the fingerprints they were imported with.
    for (auto it = textSeries.begin(); it != textSeries.end(); ++it) {
        hash.addData(it.key().toUtf8());
        for (const MappedText &p : it.value())
            hash.addData(QByteArray(QByteArray::number(p.step, 'g', 17) + ' ' + p.value.toUtf8() + ' ' +
                                    QByteArray::number(p.timestamp, 'g', 17)));
    }
    for (auto it = fileSeries.begin(); it != fileSeries.end(); ++it) {
        hash.addData(it.key().toUtf8());
        for (const MappedFile &p : it.value())
            hash.addData(QByteArray(QByteArray::number(p.step, 'g', 17) + ' ' + p.name.toUtf8() + ' ' +
                                    QCryptographicHash::hash(p.bytes, QCryptographicHash::Sha256) + ' ' +
                                    QByteArray::number(p.timestamp, 'g', 17)));
    }
    fingerprint = QString::fromLatin1(hash.result().toHex());
}

} // namespace nereid
