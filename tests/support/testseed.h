#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QtGlobal>

// The seed of a property test (issue 20): the random cases differ from run to run, so that the suite keeps
// trying new ones, and a failure names its seed so that it can be run again exactly:
//   NEREID_TEST_SEED=<seed> ctest -R <test> --output-on-failure
namespace nereid::test {

// NEREID_TEST_SEED when it is set (a decimal number), else a fresh random seed; printed with qInfo either way.
inline quint32 propertySeed()
{
    bool ok = false;
    const quint32 given = qEnvironmentVariable("NEREID_TEST_SEED").toUInt(&ok);
    const quint32 seed = ok ? given : QRandomGenerator::system()->generate();
    qInfo("property test seed %u (rerun with NEREID_TEST_SEED=%u)", seed, seed);
    return seed;
}

// "seed 1234: " + what, for the message of a failed check.
inline QByteArray seedMessage(quint32 seed, const QByteArray &what)
{
    return "NEREID_TEST_SEED=" + QByteArray::number(seed) + ": " + what;
}

} // namespace nereid::test
