#pragma once

#include "domain/runrecord.h"
#include "models/runchanges.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace nereid {

class TagListEdit;

// Run information: the run's name, description, tags, group tags and failed flag to edit, and its other sys
// fields read-only, in the order of the sys-namespace reference. A model version's stage is edited here too. OK checks
// the edit first and stays open with the problems listed; the caller saves changes() once the dialog is accepted.
class RunInfoDialog : public QDialog
{
    Q_OBJECT

public:
    // `knownTags`: the tags used in the project, offered as completions.
    RunInfoDialog(const RunRecord &run, const QStringList &knownTags, QWidget *parent = nullptr);

    // What the user changed; empty after Cancel or when nothing changed.
    const RunChanges &changes() const { return m_changes; }

    void accept() override;
    // Puts `panel` (the run's conflicts) above the buttons.
    void addConflictPanel(QWidget *panel);
    // The run as the cache holds it now (after a conflict was resolved): the editors show its values and
    // later changes are measured against it.
    void setRun(const RunRecord &run);

private:
    QWidget *createEditors(const QStringList &knownTags);
    QWidget *createDetails();
    RunChanges currentChanges() const;

    RunRecord m_run;
    RunChanges m_changes;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    TagListEdit *m_tags = nullptr;
    TagListEdit *m_groupTags = nullptr;
    QCheckBox *m_failed = nullptr;
    QComboBox *m_stage = nullptr; // a model version's only
    QLabel *m_problems = nullptr;
};

} // namespace nereid
