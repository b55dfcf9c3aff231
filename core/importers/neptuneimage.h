#pragma once

#include "neptunestep.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace nereid {

// One image of a LogImages operation of a Neptune queue (the client's ImageValue: the file's bytes in base64, a
// name and a description), as a point of a file series refers to it once its bytes are in the blob store.
class NeptuneImage
{
    Q_DECLARE_TR_FUNCTIONS(NeptuneImage)

public:
    // Fills the blob members of *step and the point's file object *file; false with *why when the queue holds no
    // bytes of the image.
    static bool read(const QJsonValue &value, NeptuneStep *step, QJsonObject *file, QString *why);
};

} // namespace nereid
