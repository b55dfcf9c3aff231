#include "demosweep.h"

#include <cmath>
#include <QRandomGenerator>

namespace nereid::DemoSweep {

namespace {

struct SweepRun
{
    double lr;
    int warmup;
    const char *optimizer;
    double failsAt; // the fraction of the steps after which it failed; 0: it did not
};

constexpr SweepRun Sweep[] = {{0.1, 0, "sgd", 0},      {0.03, 0, "sgd", 0},      {0.01, 0, "sgd", 0},
                              {0.003, 500, "adam", 0}, {0.001, 500, "adam", 0},  {0.0003, 500, "adam", 0},
                              {1.0, 0, "sgd", 0.3},    {0.01, 200, "adam", 0.77}};

// A plausible loss and accuracy at `step`: best near lr 0.03 for SGD and 0.001 for Adam, with a little noise.
std::pair<double, double> curves(const SweepRun &run, int seed, int step)
{
    QRandomGenerator random(quint32(seed * 100003 + step));
    const auto noise = [&random](double spread) { return (random.generateDouble() - 0.5) * 2 * spread; };
    const double best = qstrcmp(run.optimizer, "sgd") == 0 ? 0.03 : 0.001;
    const double distance = std::abs(std::log10(run.lr / best));
    const double floor = 0.12 + 0.3 * distance * distance;
    const double loss = (floor + (2.3 - floor) * std::exp(-step / (250.0 * (1 + 2 * distance)))) * (1 + noise(0.06));
    const double accuracy = std::clamp(0.1 + 0.9 * (2.3 - loss) / 2.2 + noise(0.015), 0.0, 1.0);
    return {loss, accuracy};
}

QJsonObject assign(const QString &path, const QString &type, const QJsonValue &value)
{
    return {{QStringLiteral("op"), QStringLiteral("assign")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("value"), value}};
}

QJsonObject append(const QString &path, const QString &type, const QJsonArray &points)
{
    return {{QStringLiteral("op"), QStringLiteral("append")},
            {QStringLiteral("path"), path},
            {QStringLiteral("type"), type},
            {QStringLiteral("points"), points}};
}

} // namespace

int runCount()
{
    return int(std::size(Sweep));
}

QJsonObject newRun(int index)
{
    const SweepRun &run = Sweep[index];
    const QString optimizer = QLatin1String(run.optimizer);
    QJsonArray tags{QStringLiteral("sweep"), optimizer};
    if (run.lr == 0.03 && optimizer == QLatin1String("sgd"))
        tags.append(QStringLiteral("best"));
    return {{QStringLiteral("custom_run_id"), QStringLiteral("demo-%1").arg(index)},
            {QStringLiteral("name"), QStringLiteral("%1 lr=%2").arg(optimizer).arg(run.lr)},
            {QStringLiteral("description"),
             QStringLiteral("Learning-rate sweep, run %1 of %2").arg(index + 1).arg(runCount())},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("group_tags"), QJsonArray{optimizer, QStringLiteral("lr-%1").arg(run.lr)}}};
}

QJsonArray operations(int index, int steps, double started)
{
    const SweepRun &run = Sweep[index];
    const QString optimizer = QLatin1String(run.optimizer);
    QJsonArray operations{assign(QStringLiteral("params/lr"), QStringLiteral("float"), run.lr),
                          assign(QStringLiteral("params/warmup_steps"), QStringLiteral("int"), run.warmup),
                          assign(QStringLiteral("params/optimizer"), QStringLiteral("string"), optimizer),
                          assign(QStringLiteral("params/batch_size"), QStringLiteral("int"), 64),
                          assign(QStringLiteral("params/model/layers"), QStringLiteral("int"), 4),
                          assign(QStringLiteral("params/model/hidden"), QStringLiteral("int"), 256),
                          assign(QStringLiteral("data/name"), QStringLiteral("string"), QStringLiteral("cifar10"))};
    const int failsAt = run.failsAt > 0 ? int(run.failsAt * steps) : -1;
    const int last = failsAt < 0 ? steps : failsAt;
    const int perEpoch = steps / 10;
    QJsonArray loss, accuracy, valLoss, valAccuracy, log;
    for (int step = 0; step < last; ++step) {
        auto [value, correct] = curves(run, index, step);
        if (failsAt >= 0 && run.lr >= 1.0 && step > failsAt - 50) // diverges, then NaN
            value *= std::pow(3.0, step - failsAt + 50);
        const double stamp = started + step * 0.05;
        loss.append(QJsonArray{step, value < 1e6 ? QJsonValue(value) : QJsonValue(QStringLiteral("NaN")), stamp});
        accuracy.append(QJsonArray{step, correct, stamp});
        if (step % perEpoch == perEpoch - 1) {
            const int epoch = step / perEpoch;
            const auto [validationLoss, validationAccuracy] = curves(run, index + 50, step);
            valLoss.append(QJsonArray{epoch, validationLoss * 1.1, stamp});
            valAccuracy.append(QJsonArray{epoch, validationAccuracy * 0.97, stamp});
            log.append(QJsonArray{epoch,
                                  QStringLiteral("epoch %1 done: loss %2, val accuracy %3")
                                      .arg(epoch)
                                      .arg(value, 0, 'f', 4)
                                      .arg(validationAccuracy, 0, 'f', 3),
                                  stamp});
        }
    }
    if (failsAt >= 0)
        log.append(
            QJsonArray{QJsonValue(),
                       QStringLiteral("step %1: stopping, %2")
                           .arg(failsAt)
                           .arg(run.lr >= 1.0 ? QStringLiteral("loss is NaN") : QStringLiteral("CUDA out of memory")),
                       QJsonValue()});
    operations.append(append(QStringLiteral("train/loss"), QStringLiteral("floatSeries"), loss));
    operations.append(append(QStringLiteral("train/accuracy"), QStringLiteral("floatSeries"), accuracy));
    operations.append(append(QStringLiteral("val/loss"), QStringLiteral("floatSeries"), valLoss));
    operations.append(append(QStringLiteral("val/accuracy"), QStringLiteral("floatSeries"), valAccuracy));
    operations.append(append(QStringLiteral("train/log"), QStringLiteral("stringSeries"), log));
    if (failsAt < 0)
        operations.append(
            assign(QStringLiteral("eval/accuracy"), QStringLiteral("float"), curves(run, index + 99, steps).second));
    else
        operations.append(assign(QStringLiteral("sys/failed"), QStringLiteral("bool"), true));
    return operations;
}

} // namespace nereid::DemoSweep
