#include "stringserieslog.h"

#include "models/stringlogmodel.h"
#include "models/stringseriesloader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace nereid {

StringSeriesLog::StringSeriesLog(ApiConnection *api, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_model(new StringLogModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(path, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *close = new QToolButton(this);
    close->setText(tr("✕"));
    close->setToolTip(tr("Remove this log"));
    close->setAutoRaise(true);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 4);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 2, 4, 2);
    top->addWidget(title, 1);
    top->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    setMinimumSize(360, 260);
    connect(close, &QToolButton::clicked, this, [this] { emit closeRequested(m_path); });
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const QScrollBar *bar = m_table->verticalScrollBar();
        m_atEnd = bar->value() == bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atEnd && !m_reading) // the first read starts at the top; lines that follow it keep the end in sight
            m_table->scrollToBottom();
    });
    if (!api) {
        m_status->setText(tr("This log is kept on the server; connect to it to read the log."));
        return;
    }
    m_loader = new StringSeriesLoader(*api, *m_model, this);
    connect(m_loader, &StringSeriesLoader::failed, this, [this](const QString &message) {
        m_reading = false;
        m_status->setText(message);
    });
    connect(m_loader, &StringSeriesLoader::finished, this, [this] {
        m_reading = false;
        m_status->setText(tr("%n line(s)", "", m_model->rowCount()));
        m_table->resizeColumnsToContents();
        emit loaded();
    });
}

void StringSeriesLog::setRuns(const QStringList &runIds)
{
    if (!m_loader)
        return;
    m_status->setText(tr("Reading the log…"));
    m_reading = true;
    m_loader->load(m_path, runIds);
}

void StringSeriesLog::follow(const QStringList &runIds)
{
    if (!m_loader)
        return;
    for (const QString &runId : runIds)
        m_loader->follow(runId);
}

QString StringSeriesLog::status() const
{
    return m_status->text();
}

} // namespace nereid
