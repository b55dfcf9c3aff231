#include "plotsweep.h"

#include "cache/runeditor.h"
#include "models/sessionmodels.h"
#include "views/mainwindow.h"

#include <cmath>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace nereid::test {

PlotSweepRun plotSweepRun(int number)
{
    // A fixed pseudo-random walk, so every test sees the same runs.
    const auto noise = [number](int salt) {
        quint32 h = quint32(number) * 2654435761u ^ quint32(salt) * 0x9e3779b9u;
        h ^= h >> 15;
        h *= 0x2c1b3c6du;
        h ^= h >> 12;
        h *= 0x297a2d39u;
        h ^= h >> 15;
        return double(h % 10007) / 10007.0;
    };
    PlotSweepRun run;
    run.lr = std::pow(10.0, -5 + 4 * noise(1));
    run.batch = 32 << int(noise(2) * 4);
    static const QStringList optimizers{u"Adam"_s, u"AdamW"_s, u"SGD"_s};
    run.optimizer = optimizers[int(noise(3) * 3) % 3];
    run.dropout = std::round(noise(4) * 5) / 10;
    const double best = run.optimizer == u"SGD"_s ? -1.5 : -3.2;
    run.loss = 0.05 + 0.12 * std::abs(std::log10(run.lr) - best) + 0.04 * run.dropout + 0.05 * noise(5);
    run.accuracy = std::clamp(0.99 - run.loss * 0.6 - 0.02 * noise(6), 0.1, 0.99);
    return run;
}

QList<QJsonObject> plotSweep(int count)
{
    QList<QJsonObject> runs;
    for (int number = 1; number <= count; ++number) {
        const PlotSweepRun run = plotSweepRun(number);
        const QJsonObject fields{
            {u"params/lr"_s, RunFixtures::atom(u"float"_s, run.lr)},
            {u"params/batch_size"_s, RunFixtures::atom(u"int"_s, run.batch)},
            {u"params/optimizer"_s, RunFixtures::atom(u"string"_s, run.optimizer)},
            {u"params/dropout"_s, RunFixtures::atom(u"float"_s, run.dropout)},
            {u"train/loss"_s, RunFixtures::floatSeries(1000, run.loss, run.loss * 0.95, 2.3)},
            {u"eval/accuracy"_s, RunFixtures::floatSeries(20, run.accuracy, 0.1, run.accuracy + 0.005)}};
        const QJsonObject sys{{u"name"_s, u"%1 lr=%2 bs=%3"_s.arg(run.optimizer).arg(run.lr, 0, 'g', 2).arg(run.batch)},
                              {u"tags"_s, QJsonArray{u"sweep"_s}}};
        runs.append(RunFixtures::run(number, sys, fields));
    }
    return runs;
}

PlotSweepWindow::PlotSweepWindow() = default;

PlotSweepWindow::~PlotSweepWindow()
{
    m_window.reset(); // before the models it shows
    m_models.reset();
    m_editor.reset();
}

bool PlotSweepWindow::open(int runs)
{
    m_fixtures = std::make_unique<RunFixtures>();
    return m_fixtures->open() && m_fixtures->apply(plotSweep(runs)) && show();
}

bool PlotSweepWindow::reopen()
{
    m_window.reset();
    m_models.reset();
    m_editor.reset();
    return show();
}

bool PlotSweepWindow::show()
{
    m_editor = std::make_unique<RunEditor>(m_fixtures->cache());
    m_models = std::make_unique<SessionModels>(m_fixtures->cache(), m_editor.get());
    m_window = std::make_unique<MainWindow>(m_models.get());
    m_window->setProject(u"local"_s, RunFixtures::Project);
    m_window->resize(1400, 1000);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

} // namespace nereid::test
