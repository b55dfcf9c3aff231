#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>

namespace nereid {

struct TbScalar
{
    qint64 step = 0;
    double wallTime = 0;
    double value = 0;
};

struct TbText
{
    qint64 step = 0;
    double wallTime = 0;
    QString text;
};

struct TbImage
{
    qint64 step = 0;
    double wallTime = 0;
    QByteArray encoded; // PNG, JPEG or GIF as the writer encoded it
};

// What one TensorBoard event file holds that the importer takes, by tag, in the file's order.
class TensorBoardEventFile
{
    Q_DECLARE_TR_FUNCTIONS(TensorBoardEventFile)

public:
    static TensorBoardEventFile decode(QByteArrayView bytes);

    QMap<QString, QList<TbScalar>> scalars; // simple values and rank-0 float/double tensors
    QMap<QString, QList<TbText>> texts;     // tensors of the text plugin
    QMap<QString, QList<TbImage>> images;   // Summary.Image and the first image of an images-plugin tensor
    QMap<QString, QString> unmapped;        // tag -> what it is, and why it is not imported
    QMap<QString, QJsonValue> hparams;      // the hparams plugin's session start: name -> number, string or bool
    int sessionStatus = 0;                  // the hparams plugin's session end: 2 is a failure
    bool hasHparams = false;
    qint64 records = 0;
    qint64 corruptRecords = 0; // CRC mismatches, and records that are no Event message
    bool torn = false;
    double firstWallTime = 0;
};

} // namespace nereid
