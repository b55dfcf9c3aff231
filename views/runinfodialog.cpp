#include "runinfodialog.h"

#include "domain/syscatalogue.h"
#include "models/fieldformat.h"
#include "models/queryrunbuilder.h"
#include "taglistedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace nereid {

RunInfoDialog::RunInfoDialog(const RunRecord &run, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_run(run)
{
    setWindowTitle(run.kind == QLatin1String("model_version") ? tr("Model version information: %1").arg(run.runId)
                   : run.kind == QLatin1String("model")       ? tr("Model information: %1").arg(run.runId)
                                                              : tr("Run information: %1").arg(run.runId));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b02828;"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RunInfoDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RunInfoDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addWidget(createEditors(knownTags), 3);
    columns->addWidget(createDetails(), 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(760, sizeHint().height());
}

QWidget *RunInfoDialog::createEditors(const QStringList &knownTags)
{
    auto *box = new QGroupBox(tr("Editable"), this);
    m_name = new QLineEdit(m_run.name, box);
    m_name->setObjectName(QStringLiteral("name"));
    m_description = new QPlainTextEdit(m_run.description, box);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_tags = new TagListEdit(QStringLiteral("tags"), m_run.tags, knownTags, box);
    m_groupTags = new TagListEdit(QStringLiteral("groupTags"), m_run.groupTags, knownTags, box);
    m_failed = new QCheckBox(tr("The run failed"), box);
    m_failed->setObjectName(QStringLiteral("failed"));
    m_failed->setChecked(m_run.failed);

    auto *form = new QFormLayout(box);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Group tags:"), m_groupTags);
    form->addRow(QString(), m_failed);
    if (m_run.kind == QLatin1String("model_version")) {
        m_stage = new QComboBox(box);
        m_stage->setObjectName(QStringLiteral("stage"));
        // Shown in words, stored as the server's values.
        m_stage->addItem(tr("None"), QStringLiteral("none"));
        m_stage->addItem(tr("Staging"), QStringLiteral("staging"));
        m_stage->addItem(tr("Production"), QStringLiteral("production"));
        m_stage->addItem(tr("Archived"), QStringLiteral("archived"));
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(m_run.stage)));
        form->addRow(tr("&Stage:"), m_stage);
    }
    return box;
}

QWidget *RunInfoDialog::createDetails()
{
    auto *box = new QGroupBox(tr("System fields"), this);
    auto *form = new QFormLayout(box);
    const QueryRun view = QueryRunBuilder::fromRecord(m_run);
    // The order of the sys-namespace reference page.
    for (const char *name : {"id", "custom_run_id", "owner", "creation_time", "modification_time", "ping_time",
                             "running_time", "state", "size", "hostname", "monitoring_time"}) {
        const SysField *sys = SysCatalogue::find(QString::fromLatin1(name));
        const QueryField *field = view.field(sys->path());
        auto *value = new QLabel(field ? FieldFormat::displayAt(sys->path(), *field) : QString(), box);
        value->setObjectName(QLatin1String(name));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setToolTip(sys->description());
        form->addRow(QLatin1String(name) + QLatin1Char(':'), value);
    }
    return box;
}

RunChanges RunInfoDialog::currentChanges() const
{
    RunChanges changes = RunChanges::between(m_run, m_name->text(), m_description->toPlainText(), m_tags->tags(),
                                             m_groupTags->tags(), m_failed->isChecked());
    // A version the cache holds without a stage yet is at "none", as the server has it.
    const QString before = m_run.stage.isEmpty() ? QStringLiteral("none") : m_run.stage;
    if (m_stage && m_stage->currentData().toString() != before)
        changes.stage = m_stage->currentData().toString();
    return changes;
}

void RunInfoDialog::addConflictPanel(QWidget *panel)
{
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, panel);
}

void RunInfoDialog::setRun(const RunRecord &run)
{
    m_run = run;
    m_name->setText(run.name);
    m_description->setPlainText(run.description);
    m_failed->setChecked(run.failed);
    if (m_stage)
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(run.stage)));
}

void RunInfoDialog::accept()
{
    const RunChanges edit = currentChanges();
    const QStringList problems = edit.problems();
    if (!problems.isEmpty()) {
        m_problems->setText(problems.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    m_changes = edit;
    QDialog::accept();
}

} // namespace nereid
