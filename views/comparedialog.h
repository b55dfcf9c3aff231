#pragma once

#include <QDialog>

class QTreeView;

namespace nereid {

class CompareModel;

// Run > Compare (issue 17): the selected runs side by side in a CompareModel, one row per field path under its
// namespace. The series' summary (last, lowest, highest), "Only differences", and copying what is shown as CSV or
// Markdown. Not modal: the table stays usable beside it.
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    // Takes `model` as its child.
    CompareDialog(CompareModel *model, QWidget *parent = nullptr);

    CompareModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    CompareModel *m_model;
    QTreeView *m_view;
};

} // namespace nereid
