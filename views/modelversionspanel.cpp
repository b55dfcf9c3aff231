#include "modelversionspanel.h"

#include "models/runtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace nereid {

ModelVersionsPanel::ModelVersionsPanel(RunTableModel *versions, QWidget *parent)
    : QWidget(parent)
    , m_versions(versions)
    , m_title(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("modelVersionsPanel"));
    m_title->setObjectName(QStringLiteral("modelVersionsTitle"));
    m_table->setObjectName(QStringLiteral("versionTable"));
    m_table->setModel(versions);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    // The experiments table's row height, not the default that fits an editor: the panel is short.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit versionInformationRequested(index.data(RunTableModel::RunIdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit currentVersionChanged(current.data(RunTableModel::RunIdRole).toString());
            });
    connect(m_table, &QWidget::customContextMenuRequested, this, &ModelVersionsPanel::showContextMenu);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    showModel(QString(), QString());
}

void ModelVersionsPanel::showModel(const QString &project, const QString &modelId)
{
    m_modelId = modelId;
    if (modelId.isEmpty()) {
        m_title->setText(tr("Choose a model to see its versions."));
        m_versions->setRuns(project, {});
        return;
    }
    m_title->setText(tr("Versions of %1:").arg(modelId));
    m_versions->setProject(project, ObjectScope::versionsOf(modelId));
    QList<RunColumn> columns = m_versions->defaultColumns();
    // A version's stage is what a registry is read for: next to its name, as in the experiments table.
    columns.insert(std::min<qsizetype>(2, columns.size()), RunColumn{QStringLiteral("sys/stage")});
    m_versions->setColumns(columns);
    m_table->resizeColumnsToContents();
}

QStringList ModelVersionsPanel::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(RunTableModel::RunIdRole).toString());
    return ids;
}

void ModelVersionsPanel::showContextMenu(const QPoint &position)
{
    const QString id = m_table->indexAt(position).data(RunTableModel::RunIdRole).toString();
    if (id.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Version information…"), this, [this, id] { emit versionInformationRequested(id); });
    QMenu *stages = menu.addMenu(tr("Stage"));
    const std::pair<const char *, QString> choices[] = {{"none", tr("None")},
                                                        {"staging", tr("Staging")},
                                                        {"production", tr("Production")},
                                                        {"archived", tr("Archived")}};
    for (const auto &[stage, label] : choices) {
        stages->addAction(label, this,
                          [this, value = QString::fromLatin1(stage)] { emit stageRequested(selectedIds(), value); });
    }
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

} // namespace nereid
