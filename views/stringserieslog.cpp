#include "stringserieslog.h"

#include "models/sessionmodels.h"
#include "models/stringlogmodel.h"
#include "models/stringlogreader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace nereid {

StringSeriesLog::StringSeriesLog(const SessionModels &models, const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_model(new StringLogModel(this))
    , m_reader(models.newLog(path, *m_model, this))
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
    // The text takes the width left; a line longer than that is elided, the whole of it in its tooltip.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
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
        if (m_atEnd && !m_first) // the first read starts at the top; lines that follow it keep the end in sight
            m_table->scrollToBottom();
    });
    connect(m_reader, &StringLogReader::statusChanged, this, &StringSeriesLog::showStatus);
}

void StringSeriesLog::setRuns(const QStringList &runIds)
{
    m_first = true;
    m_reader->setRuns(runIds);
    if (!m_reader->isReading())
        m_first = false;
    fitColumns();
}

void StringSeriesLog::showStatus()
{
    const bool reading = m_reader->isReading();
    const QString error = m_reader->error();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (reading && m_model->rowCount() == 0)
        m_status->setText(tr("Reading the log…"));
    else if (!m_reader->canFetch() && m_model->rowCount() == 0)
        m_status->setText(tr("No line of this log is in the cache; connect to the server to read it."));
    else
        m_status->setText(tr("%n line(s)", "", m_model->rowCount()));
    if (std::exchange(m_reading, reading) && !reading) {
        m_first = false;
        fitColumns();
        emit loaded();
    }
}

void StringSeriesLog::fitColumns()
{
    // Run, step and time fit their contents; the text column is stretched over the rest, never wider.
    for (int column = 0; column < StringLogModel::TextColumn; ++column)
        m_table->resizeColumnToContents(column);
}

QString StringSeriesLog::status() const
{
    return m_status->text();
}

} // namespace nereid
