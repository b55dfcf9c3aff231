#include "comparedialog.h"

#include "models/comparemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace nereid {

CompareDialog::CompareDialog(CompareModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_view(new QTreeView(this))
{
    model->setParent(this);
    setWindowTitle(tr("Compare %n run(s)", "", model->columnCount() - 1));
    auto *aggregate = new QComboBox(this);
    aggregate->setObjectName(QStringLiteral("seriesSummary"));
    aggregate->addItem(tr("Last value"), int(SeriesAggregate::Last));
    aggregate->addItem(tr("Lowest value"), int(SeriesAggregate::Min));
    aggregate->addItem(tr("Highest value"), int(SeriesAggregate::Max));
    auto *aggregateLabel = new QLabel(tr("&Series show:"), this);
    aggregateLabel->setBuddy(aggregate);
    auto *onlyDifferences = new QCheckBox(tr("Only &differences"), this);
    onlyDifferences->setObjectName(QStringLiteral("onlyDifferences"));
    auto *copyCsv = new QPushButton(tr("Copy as &CSV"), this);
    auto *copyMarkdown = new QPushButton(tr("Copy as &Markdown"), this);
    auto *close = new QPushButton(tr("Close"), this);
    // Enter closes, as in the app's other dialogs; copying is a click or its mnemonic away.
    copyCsv->setAutoDefault(false);
    copyMarkdown->setAutoDefault(false);
    close->setDefault(true);
    // Uniform rows: the view lays out 9,000 paths without measuring each, so opening and scrolling stay fast.
    m_view->setUniformRowHeights(true);
    m_view->setModel(model);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->header()->setDefaultSectionSize(110);
    m_view->header()->resizeSection(0, 280);
    m_view->expandAll();
    auto *top = new QHBoxLayout;
    top->addWidget(aggregateLabel);
    top->addWidget(aggregate);
    top->addWidget(onlyDifferences);
    top->addStretch(1);
    top->addWidget(copyCsv);
    top->addWidget(copyMarkdown);
    auto *bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(1000, 640);
    connect(aggregate, &QComboBox::currentIndexChanged, this, [this, aggregate] {
        m_model->setAggregate(SeriesAggregate(aggregate->currentData().toInt()));
        m_view->expandAll();
    });
    connect(onlyDifferences, &QCheckBox::toggled, this, [this](bool only) {
        m_model->setOnlyDifferences(only);
        m_view->expandAll();
    });
    connect(copyCsv, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_model->toCsv()); });
    connect(copyMarkdown, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_model->toMarkdown()); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
}

} // namespace nereid
