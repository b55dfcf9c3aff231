#pragma once

#include <QCoreApplication>
#include <QMap>

namespace nereid {

class ImportClient;

// Local files put into a project's blob store before the fields that name them are written: the project is asked
// once which it lacks (POST .../blobs/missing), and only those are sent, each streamed from its file.
class ImportBlobs
{
    Q_DECLARE_TR_FUNCTIONS(ImportBlobs)

public:
    // `files` maps a SHA-256 to a file with those bytes. False with *error naming the file that failed.
    static bool upload(ImportClient *client, const QString &project, const QMap<QString, QString> &files,
                       QString *error);

    static constexpr qsizetype HashesPerRequest = 10000; // what the route takes at a time
};

} // namespace nereid
