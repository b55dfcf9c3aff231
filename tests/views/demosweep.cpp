#include "demosweep.h"

#include "runfixtures.h"

#include <cmath>
#include <QJsonArray>

using namespace Qt::StringLiterals;
using nereid::test::RunFixtures;

namespace nereid::test {

QList<QJsonObject> demoSweep()
{
    QList<QJsonObject> runs;
    const QList<double> rates{0.1, 0.03, 0.01, 0.003, 0.001, 0.0003};
    for (int i = 0; i < 12; ++i) {
        const double lr = rates[i % rates.size()];
        const QString optimizer = i < 6 ? u"SGD"_s : u"Adam"_s;
        const double loss = 0.08 + 0.05 * std::abs(std::log10(lr / (i < 6 ? 0.03 : 0.001)));
        QJsonObject fields{{u"params/lr"_s, RunFixtures::atom(u"float"_s, lr)},
                           {u"params/optimizer"_s, RunFixtures::atom(u"string"_s, optimizer)},
                           {u"params/batch_size"_s, RunFixtures::atom(u"int"_s, 64 << (i % 3))},
                           {u"params/model/depth"_s, RunFixtures::atom(u"int"_s, 18 + 16 * (i % 2))},
                           {u"train/loss"_s, RunFixtures::floatSeries(5000, loss, loss * 0.9, 2.4)},
                           {u"train/accuracy"_s, RunFixtures::floatSeries(5000, 1 - loss, 0.1, 1 - loss * 0.9)},
                           {u"eval/accuracy"_s, RunFixtures::floatSeries(50, 0.97 - loss, 0.1, 0.98 - loss)},
                           {u"monitoring/log"_s, RunFixtures::stringSeries(120, u"epoch 49: done"_s)}};
        QJsonObject sys{{u"name"_s, u"%1 lr=%2"_s.arg(optimizer).arg(lr)},
                        {u"tags"_s, QJsonArray{u"sweep"_s, optimizer.toLower()}},
                        {u"group_tags"_s, QJsonArray{u"lr-sweep"_s}},
                        {u"description"_s, u"ResNet on CIFAR-10, cosine schedule"_s}};
        if (i == 4)
            sys.insert(u"failed"_s, true);
        if (i == 11)
            sys.insert(u"state"_s, u"active"_s);
        if (i == 1)
            sys.insert(u"tags"_s, QJsonArray{u"sweep"_s, u"sgd"_s, u"best"_s});
        runs.append(RunFixtures::run(i + 1, sys, fields));
    }
    return runs;
}

} // namespace nereid::test
