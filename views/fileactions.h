#pragma once

#include <functional>
#include <QHash>
#include <QJsonObject>
#include <QObject>

class QWidget;

namespace nereid {

class FileContents;

// What the namespace tree does with a file field (issue 18): save it where the user says, or open it with the
// system's application through a temporary copy named like the file (its extension tells the system which
// application). The blob is fetched first when the cache lacks it; a failure is reported, never a half copy.
class FileActions : public QObject
{
    Q_OBJECT

public:
    explicit FileActions(FileContents *contents, QObject *parent = nullptr);

    // Asks where, then saves: the dialog starts on the file's name.
    void askAndSave(QWidget *parent, const QString &project, const QJsonObject &file);
    // Copies the blob of `file` (a file object) to `target`, replacing it; saved() or failed().
    void saveAs(const QString &project, const QJsonObject &file, const QString &target);
    // A copy in the temporary folder, opened with QDesktopServices; opened() with its path, or failed().
    void openWithSystem(const QString &project, const QJsonObject &file);

    // The name a copy of `file` gets: its name, with its extension when the name lacks it; "file" when nameless.
    static QString fileNameOf(const QJsonObject &file);

signals:
    void saved(const QString &target);
    void opened(const QString &copy);
    void failed(const QString &message);

private:
    using Then = std::function<void(const QString &blobPath)>;
    void withBlob(const QString &project, const QJsonObject &file, Then then);
    void copyTo(const QString &blobPath, const QString &target, bool open);

    FileContents *m_contents;
    QHash<QString, QList<Then>> m_waiting; // by hash
};

} // namespace nereid
