#pragma once

#include <array>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace nereid {

// File > Import runs…: the source (its kind and folder or file), the target project, then the import's progress
// with its counts, Cancel, and at the end a summary of what became of each run and what could not be mapped. The
// dialog only asks and shows: the app runs the import and feeds it (views see no HTTP).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source
    {
        Mlflow,
        TensorBoard,
        NeptuneQueue,
    };
    enum class Outcome
    {
        Created,
        Updated,
        Skipped,
        Failed
    };

    ImportDialog(const QStringList &projects, const QString &project, QWidget *parent = nullptr);

    Source source() const;
    QString path() const;
    QString project() const;
    bool isImporting() const { return m_importing; }

public slots:
    void setRunCount(int runs);
    // One run done: its name, the points written, renamed names ("old -> new"), what else to know (what was not
    // imported and why) and, when it failed, why.
    void addRun(nereid::ImportDialog::Outcome outcome, const QString &name, qint64 points, const QStringList &renames,
                const QStringList &notes, const QString &error);
    // The end: `error` says why the import could not start or stopped; `cancelled` when the user stopped it.
    void finish(bool cancelled, const QString &error);
    // Escape and Cancel: while importing, they stop the import after its current run and keep the dialog open.
    void reject() override;

signals:
    void importRequested(nereid::ImportDialog::Source source, const QString &path, const QString &project);
    void cancelRequested();

private:
    void browse(bool folder);
    void startImport();
    void updateCounts();
    void showProblem(const QString &problem);
    void log(const QString &line);

    QComboBox *m_source;
    QLineEdit *m_path;
    QComboBox *m_project;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_counts;
    QPlainTextEdit *m_log;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    bool m_importing = false;
    int m_runs = 0;
    std::array<int, 4> m_byOutcome{}; // runs, by Outcome
    qint64 m_points = 0;
};

} // namespace nereid
