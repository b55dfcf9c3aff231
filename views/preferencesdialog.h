#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;

namespace nereid {

// Preferences: the language (the system's, English or a shipped translation; used from the next start) and the
// colours (the system's, light or dark; applied at once), and the size limit of the files cache. OK saves them to
// the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *createLanguageBox();
    QComboBox *createThemeBox();
    QDoubleSpinBox *createFileCacheBox();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QDoubleSpinBox *m_fileCache = nullptr;
};

} // namespace nereid
