#include "filepreview.h"

#include "imageview.h"
#include "models/csvtablemodel.h"
#include "models/filecontents.h"
#include "safetextbrowser.h"

#include <QFile>
#include <QFontDatabase>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace nereid {

FilePreview::FilePreview(FileContents *contents, QWidget *parent)
    : QWidget(parent)
    , m_contents(contents)
    , m_pages(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_image(new ImageView(this))
    , m_text(new QPlainTextEdit(this))
    , m_table(new QTableView(this))
    , m_csv(new CsvTableModel(this))
    , m_html(new SafeTextBrowser(this))
{
    setObjectName(QStringLiteral("filePreview"));
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_csv);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_html->setObjectName(QStringLiteral("previewHtml"));
    for (QWidget *page :
         {static_cast<QWidget *>(m_message), static_cast<QWidget *>(m_image), static_cast<QWidget *>(m_text),
          static_cast<QWidget *>(m_table), static_cast<QWidget *>(m_html)})
        m_pages->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    if (m_contents) {
        connect(m_contents, &FileContents::ready, this, &FilePreview::onReady);
        connect(m_contents, &FileContents::failed, this, &FilePreview::onFailed);
    }
    showMessage(tr("Select a file to preview it."));
}

FilePreview::Kind FilePreview::kindOf(const QString &extension, const QString &mime)
{
    const QString ext = extension.toLower();
    const QString type = mime.toLower();
    if (type == QLatin1String("text/html") || ext == QLatin1String("html") || ext == QLatin1String("htm"))
        return Kind::Html;
    if (type == QLatin1String("application/json") || ext == QLatin1String("json"))
        return Kind::Json;
    if (type == QLatin1String("text/csv") || ext == QLatin1String("csv") || ext == QLatin1String("tsv"))
        return Kind::Csv;
    if (type.startsWith(QLatin1String("image/")) || QImageReader::supportedImageFormats().contains(ext.toLatin1()))
        return Kind::Image;
    static const QStringList textExtensions{QStringLiteral("txt"),  QStringLiteral("log"),  QStringLiteral("md"),
                                            QStringLiteral("py"),   QStringLiteral("yaml"), QStringLiteral("yml"),
                                            QStringLiteral("toml"), QStringLiteral("ini"),  QStringLiteral("cfg"),
                                            QStringLiteral("sh"),   QStringLiteral("xml")};
    if (type.startsWith(QLatin1String("text/")) || textExtensions.contains(ext))
        return Kind::Text;
    return Kind::Other;
}

QString FilePreview::messageText() const
{
    return m_kind == Kind::None ? m_message->text() : QString();
}

void FilePreview::showMessage(const QString &text)
{
    m_hash.clear();
    m_shownHash.clear();
    m_kind = Kind::None;
    m_message->setText(text);
    m_pages->setCurrentWidget(m_message);
}

void FilePreview::showFile(const QString &project, const QString &hash, qint64 size, const QString &name,
                           const QString &extension, const QString &mime)
{
    // The tree asks again on every sync of the run: the file shown, or on its way, stays as it is.
    if (hash == m_shownHash && (m_kind != Kind::None || hash == m_hash))
        return;
    m_shownHash = hash;
    m_name = name;
    m_extension = extension;
    m_mime = mime;
    if (kindOf(extension, mime) == Kind::Other)
        return showMessage(tr("%1 cannot be previewed here. Use “Save as…” or “Open with the system's application” "
                              "from the tree's context menu.")
                               .arg(name.isEmpty() ? tr("This file") : name));
    const QString cached = m_contents ? m_contents->cachedPath(hash) : QString();
    if (!cached.isEmpty())
        return showLocalFile(cached, name, extension, mime);
    showMessage(tr("Fetching %1…").arg(name.isEmpty() ? tr("the file") : name));
    m_shownHash = hash;
    m_hash = hash;
    if (m_contents)
        m_contents->request(project, hash, size);
}

void FilePreview::onReady(const QString &hash, const QString &path)
{
    if (hash == m_hash)
        showLocalFile(path, m_name, m_extension, m_mime);
}

void FilePreview::onFailed(const QString &hash, const QString &message)
{
    if (hash == m_hash)
        showMessage(tr("The file cannot be shown: %1").arg(message));
}

void FilePreview::showLocalFile(const QString &path, const QString &name, const QString &extension, const QString &mime)
{
    m_hash.clear();
    const Kind kind = kindOf(extension, mime);
    if (kind == Kind::Image)
        return showImage(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showMessage(tr("The file cannot be read: %1").arg(file.errorString()));
    const QByteArray bytes = file.read(kind == Kind::Json || kind == Kind::Csv ? 16 * TextLimit : TextLimit);
    if (kind == Kind::Other)
        return showMessage(tr("%1 cannot be previewed here.").arg(name));
    showText(QString::fromUtf8(bytes), kind);
    if (kind == Kind::Text && file.size() > bytes.size()) // say that more is there, rather than end mid-file silently
        m_text->appendPlainText(
            tr("\n[The first %1 of %2 are shown. Save the file for all of it.]")
                .arg(QLocale().formattedDataSize(bytes.size()), QLocale().formattedDataSize(file.size())));
}

void FilePreview::showImage(const QString &path)
{
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return showMessage(tr("The image cannot be read: %1").arg(reader.errorString()));
    m_kind = Kind::Image;
    m_pages->setCurrentWidget(m_image);
    m_image->setImage(image);
}

void FilePreview::showText(const QString &text, Kind kind)
{
    m_kind = kind;
    if (kind == Kind::Csv) {
        m_csv->setText(text);
        m_pages->setCurrentWidget(m_table);
        return;
    }
    if (kind == Kind::Html) {
        m_html->setHtml(text);
        m_pages->setCurrentWidget(m_html);
        return;
    }
    QString shown = text;
    if (kind == Kind::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        // JSON that does not parse is shown as it is, which is what helps find the fault.
        if (error.error == QJsonParseError::NoError)
            shown = QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    m_text->setPlainText(shown);
    m_pages->setCurrentWidget(m_text);
}

} // namespace nereid
