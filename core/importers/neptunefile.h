#pragma once

#include "neptunestep.h"

#include <QCoreApplication>

namespace nereid {

// The file an UploadFile or UploadFileContent operation of a Neptune queue names: where its bytes are, and the
// file object of docs/api.md ("Files") that refers to them once uploaded.
class NeptuneFile
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneFile)

public:
    // Fills the blob members of *step and *file; false with *why when the bytes cannot be had.
    static bool read(const QJsonObject &operation, NeptuneStep *step, QJsonObject *file, QString *why);
};

} // namespace nereid
