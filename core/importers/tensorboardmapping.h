#pragma once

#include "importedrun.h"
#include "tensorboardrun.h"

#include <QCoreApplication>
#include <QStringList>

namespace nereid {

// A TensorBoard run mapped onto Nereid's model (docs/import.md says field by field what goes where).
class TensorBoardMapping : public ImportedRun
{
    Q_DECLARE_TR_FUNCTIONS(TensorBoardMapping)

public:
    static TensorBoardMapping map(const TensorBoardRun &run);
    static QString customRunId(const TensorBoardRun &run);

    QStringList renames; // "old -> new" for series names that are no valid path
};

} // namespace nereid
