#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;

namespace nereid {

class CsvTableModel;
class FileContents;
class ImageView;
class SafeTextBrowser;

// The preview pane of the current file field (issue 18): an image (any format Qt reads, zoomable), text (its first
// MiB, monospace), JSON pretty-printed, CSV as a table, HTML as plain rich text (no scripts, nothing loaded);
// "Fetching…" while the blob comes and the reason when it cannot. Other files say what they are and how to get them.
class FilePreview : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        None, // nothing shown, or a message
        Image,
        Text,
        Json,
        Csv,
        Html,
        Other,
    };
    static constexpr qint64 TextLimit = 1 << 20;

    explicit FilePreview(FileContents *contents, QWidget *parent = nullptr);

    // Shows the blob `hash` of `project`, from the cache at once or once fetched. `name`, `extension` and `mime` (as
    // the file object has them) say how to show it.
    void showFile(const QString &project, const QString &hash, qint64 size, const QString &name,
                  const QString &extension, const QString &mime);
    // Shows a file on disk (the blob cache's copy).
    void showLocalFile(const QString &path, const QString &name, const QString &extension, const QString &mime);
    // A text instead of a file: "Select a file to preview it.", or why there is none.
    void showMessage(const QString &text);

    static Kind kindOf(const QString &extension, const QString &mime);
    Kind shownKind() const { return m_kind; }
    QString messageText() const;
    ImageView *imageView() const { return m_image; }

private:
    void onReady(const QString &hash, const QString &path);
    void onFailed(const QString &hash, const QString &message);
    void showImage(const QString &path);
    void showText(const QString &text, Kind kind);

    FileContents *m_contents;
    QStackedWidget *m_pages;
    QLabel *m_message;
    ImageView *m_image;
    QPlainTextEdit *m_text;
    QTableView *m_table;
    CsvTableModel *m_csv;
    SafeTextBrowser *m_html;
    Kind m_kind = Kind::None;
    QString m_hash;      // the blob waited for
    QString m_shownHash; // the blob shown or waited for
    QString m_name, m_extension, m_mime;
};

} // namespace nereid
