#include "soaksamples.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nereid::test {

qint64 statusKiB(qint64 pid, const QByteArray &name)
{
    QFile file(u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

qint64 descriptors(qint64 pid)
{
    return QDir(u"/proc/%1/fd"_s.arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size();
}

bool isFlat(const QList<SoakSample> &all, qint64 SoakSample::*field, bool memory, bool beforeKillOnly)
{
    QList<SoakSample> samples;
    for (const SoakSample &s : all)
        if (s.beforeKill || !beforeKillOnly)
            samples.append(s);
    const qsizetype third = samples.size() / 3;
    if (third == 0)
        return true;
    qint64 second = 0, last = 0;
    for (qsizetype i = third; i < samples.size(); ++i)
        (i < 2 * third ? second : last) = std::max(i < 2 * third ? second : last, samples[i].*field);
    return memory ? last <= second * 11 / 10 : last <= second + 4;
}

} // namespace nereid::test
