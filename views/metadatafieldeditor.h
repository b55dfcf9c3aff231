#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace nereid {

// Project > Metadata (issue 21): a field of the project to assign (a path, a type of string, float, int or bool, and
// a value) or delete, as `project["general/brief"] = "…"` and `del project["…"]` do in the client. The input is
// checked here, so a value that is not of its type is said in words and nothing is sent.
class MetadataFieldEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataFieldEditor(QWidget *parent = nullptr);

    // Fills the editor with a field the user picked in the tree (its path, type and value as shown).
    void showField(const QString &path, const QString &type, const QString &value);
    // Says why the last request was not taken; empty hides it.
    void showProblem(const QString &problem);

signals:
    // `value` is typed as the server stores it: QString, double, qint64 or bool.
    void assignRequested(const QString &path, const QString &type, const QVariant &value);
    void deleteRequested(const QString &path);

private:
    void assign();
    void remove();
    // The path, trimmed, or empty after saying what is wrong with it.
    QString checkedPath();

    QLineEdit *m_path;
    QComboBox *m_type;
    QLineEdit *m_value;
    QLabel *m_problem;
};

} // namespace nereid
