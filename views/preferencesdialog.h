#pragma once

#include <QDialog>

class QComboBox;

namespace nereid {

// Preferences: the language (the system's, English or a shipped translation; used from the next start) and the
// colours (the system's, light or dark; applied at once). OK saves both to the settings.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *createLanguageBox();
    QComboBox *createThemeBox();

    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace nereid
