#pragma once

#include "tensorboardeventfile.h"

#include <QStringList>

namespace nereid {

// One TensorBoard run as read from its folder (its event files and those of its sub-folders merged), before it
// is mapped onto Nereid's model. Series are by name (tag, or sub-folder and tag), with the points of every file.
struct TensorBoardRun
{
    QString name;           // the run folder's path relative to the folder imported (its own name when it is the run)
    QString folder;         // absolute path
    QString firstEventFile; // the oldest event file's name: with `name`, the run's identity
    QMap<QString, QList<TbScalar>> scalars;
    QMap<QString, QList<TbText>> texts;
    QMap<QString, QList<TbImage>> images;
    QMap<QString, QJsonValue> hparams;
    QStringList unmapped; // "series name: why"
    int sessionStatus = 0;
    qint64 eventFiles = 0;
    qint64 records = 0;
    qint64 corruptRecords = 0;
    qint64 tornFiles = 0;
    double startTime = 0; // the earliest wall time, Unix seconds
    QString error;        // non-empty: the run could not be read, and why
};

} // namespace nereid
