#include "importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace nereid {

ImportDialog::ImportDialog(const QStringList &projects, const QString &project, QWidget *parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Import runs"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->addItem(tr("MLflow (an mlruns folder, an mlflow.db file or a tracking server's http:// URL)"),
                      int(Source::Mlflow));
    m_source->addItem(tr("TensorBoard log folder"), int(Source::TensorBoard));
    m_source->addItem(tr("Neptune offline or async queue (a .neptune folder)"), int(Source::NeptuneQueue));
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("A folder or file to import from, or an MLflow server's URL"));
    auto *browse = new QToolButton(this);
    browse->setText(tr("&Browse"));
    browse->setPopupMode(QToolButton::InstantPopup);
    auto *browseMenu = new QMenu(browse);
    connect(browseMenu->addAction(tr("A &folder…")), &QAction::triggered, this, [this] { this->browse(true); });
    connect(browseMenu->addAction(tr("A f&ile…")), &QAction::triggered, this, [this] { this->browse(false); });
    browse->setMenu(browseMenu);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    m_project->setObjectName(QStringLiteral("importProject"));
    m_project->setEditable(true);
    m_project->addItems(projects);
    m_project->setCurrentText(project);
    m_project->setToolTip(tr("workspace/project; a project that does not exist yet is created"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    auto *pathLabel = new QLabel(tr("&From:"), this);
    pathLabel->setBuddy(m_path); // a row of a layout gets no buddy from addRow
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Into &project:"), m_project);
    m_problem->setObjectName(QStringLiteral("importProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("importLog"));
    m_log->setReadOnly(true);
    m_log->setVisible(false);
    m_log->setMinimumHeight(160);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_counts);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_buttons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    resize(560, sizeHint().height());
}

ImportDialog::Source ImportDialog::source() const
{
    return Source(m_source->currentData().toInt());
}

QString ImportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ImportDialog::project() const
{
    return m_project->currentText().trimmed();
}

void ImportDialog::browse(bool folder)
{
    const QString chosen = folder ? QFileDialog::getExistingDirectory(this, tr("Import from folder"), path())
                                  : QFileDialog::getOpenFileName(this, tr("Import from file"), path());
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ImportDialog::startImport()
{
    const QStringList parts = project().split(QLatin1Char('/'));
    if (path().isEmpty())
        return showProblem(tr("Choose the folder or file to import from."));
    if (parts.size() != 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return showProblem(tr("Name the project as workspace/project."));
    showProblem(QString());
    m_importing = true;
    m_runs = 0;
    m_byOutcome = {};
    m_points = 0;
    m_log->clear();
    for (QWidget *field : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_path),
                           static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_import)})
        field->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_progress->setRange(0, 0); // busy until the source is read
    m_progress->setVisible(true);
    m_log->setVisible(true);
    m_counts->setText(tr("Reading %1…").arg(path()));
    emit importRequested(source(), path(), project());
}

void ImportDialog::setRunCount(int runs)
{
    m_runs = runs;
    m_progress->setRange(0, qMax(runs, 1));
    m_progress->setValue(0);
    updateCounts();
}

void ImportDialog::addRun(Outcome outcome, const QString &name, qint64 points, const QStringList &renames,
                          const QStringList &notes, const QString &error)
{
    ++m_byOutcome[size_t(outcome)];
    m_points += points;
    m_progress->setValue(m_byOutcome[0] + m_byOutcome[1] + m_byOutcome[2] + m_byOutcome[3]);
    switch (outcome) {
    case Outcome::Created:
        log(tr("%1: created, %Ln point(s)", nullptr, int(points)).arg(name));
        break;
    case Outcome::Updated:
        log(tr("%1: updated, %Ln point(s) added", nullptr, int(points)).arg(name));
        break;
    case Outcome::Skipped:
        log(tr("%1: imported already, skipped").arg(name));
        break;
    case Outcome::Failed:
        log(tr("%1: FAILED: %2").arg(name, error));
        break;
    }
    for (const QString &rename : renames)
        log(tr("    renamed (not a valid field path or taken): %1").arg(rename));
    for (const QString &note : notes)
        log(QStringLiteral("    ") + note);
    updateCounts();
}

void ImportDialog::finish(bool cancelled, const QString &error)
{
    m_importing = false;
    m_progress->setRange(0, qMax(m_runs, 1));
    for (QWidget *field : {static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_path),
                           static_cast<QWidget *>(m_project), static_cast<QWidget *>(m_import)})
        field->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    updateCounts();
    if (!error.isEmpty()) {
        showProblem(tr("The import could not run: %1").arg(error));
        log(m_problem->text());
    } else if (cancelled) {
        log(tr("Cancelled. The runs not imported yet are imported when you import again; nothing is duplicated."));
    } else {
        log(tr("Done."));
    }
}

void ImportDialog::updateCounts()
{
    const int done = m_byOutcome[0] + m_byOutcome[1] + m_byOutcome[2] + m_byOutcome[3];
    m_counts->setText(
        tr("%1 of %n run(s): %2 created, %3 updated, %4 skipped, %5 failed; %6 point(s) written.", nullptr, m_runs)
            .arg(done)
            .arg(m_byOutcome[size_t(Outcome::Created)])
            .arg(m_byOutcome[size_t(Outcome::Updated)])
            .arg(m_byOutcome[size_t(Outcome::Skipped)])
            .arg(m_byOutcome[size_t(Outcome::Failed)])
            .arg(QLocale().toString(m_points)));
}

void ImportDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ImportDialog::log(const QString &line)
{
    m_log->appendPlainText(line);
}

// Escape and Cancel while importing stop the import after its current run; the summary stays to be read.
void ImportDialog::reject()
{
    if (!m_importing)
        return QDialog::reject();
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    m_counts->setText(tr("Cancelling after the run being imported…"));
    emit cancelRequested();
}

} // namespace nereid
