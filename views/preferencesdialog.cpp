#include "preferencesdialog.h"

#include "languageloader.h"
#include "models/filecachesettings.h"
#include "systemcolorscheme.h"
#include "themepalette.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace nereid {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    m_language = createLanguageBox();
    m_theme = createThemeBox();

    auto *restartNote = new QLabel(tr("A new language is used from the next start of Nereid."), this);
    restartNote->setObjectName(QStringLiteral("restartNote"));
    restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), restartNote);
    form->addRow(tr("&Colours:"), m_theme);
    m_fileCache = createFileCacheBox();
    form->addRow(tr("&Files cache:"), m_fileCache);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QComboBox *PreferencesDialog::createLanguageBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("language"));
    box->addItem(tr("System language"), QString());
    box->addItem(QStringLiteral("English"), QStringLiteral("en"));
    // Each language by its own name, so people find theirs whatever the language shown now.
    for (const QString &code : LanguageLoader::shippedLanguages()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        box->addItem(name, code);
    }
    box->setCurrentIndex(qMax(0, box->findData(LanguageLoader::savedLanguage())));
    return box;
}

QComboBox *PreferencesDialog::createThemeBox()
{
    auto *box = new QComboBox(this);
    box->setObjectName(QStringLiteral("theme"));
    box->addItem(tr("Follow the system"), int(ThemePalette::Theme::System));
    box->addItem(tr("Light"), int(ThemePalette::Theme::Light));
    box->addItem(tr("Dark"), int(ThemePalette::Theme::Dark));
    box->setCurrentIndex(qMax(0, box->findData(int(ThemePalette::savedTheme()))));
    return box;
}

QDoubleSpinBox *PreferencesDialog::createFileCacheBox()
{
    // In GiB, since checkpoints and image series are counted in them; kept in bytes.
    constexpr double GiB = double(qint64(1) << 30);
    auto *box = new QDoubleSpinBox(this);
    box->setObjectName(QStringLiteral("fileCacheLimit"));
    box->setDecimals(1);
    box->setRange(double(FileCacheSettings::MinimumLimit) / GiB, 4096);
    box->setSingleStep(0.5);
    box->setSuffix(tr(" GiB"));
    box->setToolTip(tr("Files and images fetched from the server are kept up to this size; the least recently "
                       "used go first."));
    box->setValue(double(FileCacheSettings::limitBytes()) / GiB);
    return box;
}

void PreferencesDialog::accept()
{
    FileCacheSettings::setLimitBytes(qint64(m_fileCache->value() * double(qint64(1) << 30)));
    LanguageLoader::saveLanguage(m_language->currentData().toString());
    const auto theme = ThemePalette::Theme(m_theme->currentData().toInt());
    ThemePalette::saveTheme(theme);
    ThemePalette::apply(theme, SystemColorScheme());
    QDialog::accept();
}

} // namespace nereid
