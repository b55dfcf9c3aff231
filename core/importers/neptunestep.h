#pragma once

#include <QJsonObject>

namespace nereid {

// One operation of a Neptune queue's replay as the HTTP API takes it, with the blob it names (uploaded before the
// operation is sent).
struct NeptuneStep
{
    QJsonObject operation;
    QString blobHash;     // empty: the operation names no file
    QString blobFile;     // the file to upload, or
    QByteArray blobBytes; // its bytes (UploadFileContent)
};

} // namespace nereid
