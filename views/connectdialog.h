#pragma once

#include <functional>
#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace nereid {

// File > Connect to server…: a new connection profile (name, server URL, API token). OK is refused, with the reason
// shown, until the URL is http(s) with a host, the token is not empty and the name is new. It says where the token
// will be kept (`tokenPlace`, the app's ProfileTokenStore text for the typed name), so the user knows before saving.
// Manage profiles > Edit… uses it too, for a saved profile (setEditing()).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    ConnectDialog(QStringList takenNames, std::function<QString(const QString &)> tokenPlace,
                  QWidget *parent = nullptr);

    // Edits the saved profile `name`: the name stays (the profile's cache and token are named after it), the URL
    // is prefilled, and an empty token keeps the stored one.
    void setEditing(const QString &name, const QUrl &url);
    bool isEditing() const { return m_editing; }

    QString name() const;
    QUrl url() const;
    QString token() const;
    // What is wrong with the fields, in words; empty when OK may be pressed.
    QString problem() const;

    void accept() override;

private:
    void updatePlace();

    QStringList m_takenNames;
    std::function<QString(const QString &)> m_tokenPlace;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QLineEdit *m_token;
    QLabel *m_place;
    QLabel *m_problem;
    bool m_editing = false;
};

} // namespace nereid
