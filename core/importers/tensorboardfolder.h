#pragma once

#include "tensorboardrun.h"

#include <QCoreApplication>

namespace nereid {

// Finds the runs of a TensorBoard log folder and reads them. A run folder is a folder that holds event files
// (events.out.tfevents.*); folders below it that hold event files too (what add_scalars and add_hparams write)
// are merged into it, under names that keep them apart (docs/import.md, *TensorBoard*).
class TensorBoardFolder
{
    Q_DECLARE_TR_FUNCTIONS(TensorBoardFolder)

public:
    // False with *error when `folder` is no folder or holds no event file at all.
    static bool read(const QString &folder, QList<TensorBoardRun> *runs, QString *error);

    // The series name of `tag` found in `subfolder` (relative to the run folder; empty for the run folder).
    static QString seriesName(const QString &subfolder, const QString &tag, bool hparamsFolder);

private:
    static void readFolder(const QString &path, const QString &subfolder, TensorBoardRun *run);
};

} // namespace nereid
