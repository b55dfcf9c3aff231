#include "charttoolbar.h"

#include <cmath>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace nereid {

void ChartToolBar::setPath(const QString &path)
{
    m_title->setText(path);
}

ChartToolBar::ChartToolBar(const QString &path, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(path, this))
    , m_xMode(new QComboBox(this))
    , m_logY(new QCheckBox(tr("Log"), this))
    , m_smoothing(new QSlider(Qt::Horizontal, this))
    , m_smoothingValue(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_xMode->addItem(tr("Step"), int(XAxisMode::Step));
    m_xMode->addItem(tr("Time"), int(XAxisMode::AbsoluteTime));
    m_xMode->addItem(tr("Relative time"), int(XAxisMode::RelativeTime));
    m_xMode->setToolTip(tr("What the x axis shows"));
    m_logY->setToolTip(tr("Logarithmic y axis; values ≤ 0 are drawn clipped at its bottom"));
    m_smoothing->setRange(0, 99);
    m_smoothing->setMaximumWidth(90);
    m_smoothing->setMinimumWidth(40);
    m_smoothing->setToolTip(tr("Smoothing (exponential moving average, debiased)"));
    m_smoothingValue->setMinimumWidth(m_smoothingValue->fontMetrics().horizontalAdvance(QStringLiteral("0.00")));
    setSmoothing(0);

    // The path on a line of its own, so a long one never squeezes the controls of a small chart.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 4, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    auto *controls = new QHBoxLayout;
    controls->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(controls);
    controls->addWidget(m_xMode);
    controls->addWidget(m_logY);
    controls->addSpacing(6);
    controls->addWidget(new QLabel(tr("Smoothing"), this));
    controls->addWidget(m_smoothing);
    controls->addWidget(m_smoothingValue);
    controls->addStretch(1);
    QToolButton *reset = button(tr("Reset zoom"), tr("Show every point again (or double-click the chart)"));
    QToolButton *png = button(tr("PNG…"), tr("Save the chart as a PNG image"));
    QToolButton *csv = button(tr("CSV…"), tr("Save the raw points in view as CSV"));
    QToolButton *close = button(tr("✕"), tr("Remove this chart"));
    // Reset beside the view's controls, the exports beside the title: a chart 400 px wide still shows them all.
    controls->addWidget(reset);
    for (QToolButton *one : {png, csv, close})
        top->addWidget(one);
    for (QWidget *fixed : std::initializer_list<QWidget *>{m_xMode, m_logY, reset})
        fixed->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    connect(m_xMode, &QComboBox::currentIndexChanged, this, [this] { emit xModeChanged(xMode()); });
    connect(m_logY, &QCheckBox::toggled, this, &ChartToolBar::logYChanged);
    connect(m_smoothing, &QSlider::valueChanged, this, [this] {
        m_smoothingValue->setText(QLocale().toString(smoothing(), 'f', 2));
        emit smoothingChanged(smoothing());
    });
    connect(reset, &QToolButton::clicked, this, &ChartToolBar::resetZoomClicked);
    connect(png, &QToolButton::clicked, this, &ChartToolBar::exportPngClicked);
    connect(csv, &QToolButton::clicked, this, &ChartToolBar::exportCsvClicked);
    connect(close, &QToolButton::clicked, this, &ChartToolBar::closeClicked);
}

QToolButton *ChartToolBar::button(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

XAxisMode ChartToolBar::xMode() const
{
    return XAxisMode(m_xMode->currentData().toInt());
}

bool ChartToolBar::logY() const
{
    return m_logY->isChecked();
}

double ChartToolBar::smoothing() const
{
    return m_smoothing->value() / 100.0;
}

void ChartToolBar::setXMode(XAxisMode mode)
{
    m_xMode->setCurrentIndex(m_xMode->findData(int(mode)));
}

void ChartToolBar::setLogY(bool logY)
{
    m_logY->setChecked(logY);
}

void ChartToolBar::setSmoothing(double weight)
{
    m_smoothing->setValue(int(std::lround(weight * 100)));
    m_smoothingValue->setText(QLocale().toString(smoothing(), 'f', 2)); // 0,50 in German
}

} // namespace nereid

namespace nereid {

QString ChartToolBar::smoothingText() const
{
    return m_smoothingValue->text();
}

} // namespace nereid
