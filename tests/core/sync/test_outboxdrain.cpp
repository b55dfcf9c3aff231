#include "sync/outboxdrain.h"
#include "sync/syncerror.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// The loop EditPusher and ViewPusher share (their own tests push real edits to a real server): one edit in flight,
// in order, idle when the outbox is empty, a retry after the back-off for an error that may pass, none for a
// refusal. The outbox here is a list of names and the answers are the calls a pusher makes on its server's answer.
class TestOutboxDrain : public QObject
{
    Q_OBJECT

private slots:
    void sendsOneAtATimeInOrderThenIdles();
    void retriesAfterTheBackoffOnlyWhatMayPass();
    void startSendsAtOnceDuringTheDelay();

private:
    OutboxDrain *drain(QStringList *outbox, QStringList *sent)
    {
        return new OutboxDrain(
            [outbox, sent] {
                if (outbox->isEmpty())
                    return false;
                sent->append(outbox->first());
                return true;
            },
            this);
    }
};

void TestOutboxDrain::sendsOneAtATimeInOrderThenIdles()
{
    QStringList outbox{u"a"_s, u"b"_s, u"c"_s}, sent;
    OutboxDrain *pusher = drain(&outbox, &sent);
    QSignalSpy idle(pusher, &OutboxDrain::idle);
    pusher->start();
    QVERIFY(pusher->isPushing());
    pusher->start(); // a new edit queued while one is in flight waits its turn
    QCOMPARE(sent, QStringList{u"a"_s});
    for (int answered = 0; answered < 3; ++answered) {
        outbox.removeFirst(); // accepted
        pusher->succeeded();
        pusher->next();
    }
    QCOMPARE(sent, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(idle.size(), 1);
    QVERIFY(!pusher->isPushing());
}

void TestOutboxDrain::retriesAfterTheBackoffOnlyWhatMayPass()
{
    QStringList outbox{u"a"_s, u"b"_s}, sent;
    OutboxDrain *pusher = drain(&outbox, &sent);
    pusher->setBackoff(Backoff(60, 1000));
    QElapsedTimer clock;
    clock.start();
    pusher->start();
    pusher->stopAfter({SyncError::Kind::Unreachable, u"down"_s});
    QVERIFY(!pusher->isPushing());
    QTRY_COMPARE(sent, (QStringList{u"a"_s, u"a"_s})); // the same edit again, after the delay
    QCOMPARE_GE(clock.elapsed(), 55);
    QVERIFY(pusher->isPushing());

    // A refusal stops the push until something starts it again: no retry.
    pusher->stopAfter({SyncError::Kind::Refused, u"no"_s});
    QVERIFY(!pusher->isRetryWaiting());
    QCOMPARE(sent.size(), 2);
    QVERIFY(!pusher->isPushing());
}

void TestOutboxDrain::startSendsAtOnceDuringTheDelay()
{
    QStringList outbox{u"a"_s}, sent;
    OutboxDrain *pusher = drain(&outbox, &sent);
    pusher->setBackoff(Backoff(200, 1000));
    pusher->start();
    pusher->stopAfter({SyncError::Kind::Timeout, u"slow"_s});
    QVERIFY(pusher->isRetryWaiting());
    pusher->start(); // a new edit: no wait for the retry
    QCOMPARE(sent.size(), 2);
    QVERIFY2(!pusher->isRetryWaiting(), "the retry that was waiting would come on top");
    outbox.clear();
    pusher->next();
    QCOMPARE(sent.size(), 2);
}

QTEST_GUILESS_MAIN(TestOutboxDrain)
#include "test_outboxdrain.moc"
