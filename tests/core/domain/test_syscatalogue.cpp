#include "domain/fieldpath.h"
#include "domain/syscatalogue.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nereid::FieldType)

// The sys namespace against Neptune's reference page (/work/shared/reference/sys-namespace.txt), transcribed
// here so the test does not depend on a file outside the repository.
class TestSysCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void followsReferenceOrder();
    void findPathRefuses_data();
    void findPathRefuses();
    void isEditable_data();
    void isEditable();
};

void TestSysCatalogue::fields_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<FieldType>("type");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("deprecated");
    QTest::addColumn<bool>("modelVersionOnly");

    using T = FieldType;
    const auto row = [](const char *name, T type, bool editable, bool deprecated, bool modelVersionOnly) {
        QTest::newRow(name) << QString::fromLatin1(name) << type << editable << deprecated << modelVersionOnly;
    };
    row("id", T::String, false, false, false);
    row("custom_run_id", T::String, false, false, false);
    row("name", T::String, true, false, false);
    row("creation_time", T::Datetime, false, false, false);
    row("owner", T::String, false, false, false);
    row("tags", T::StringSet, true, false, false);
    row("group_tags", T::StringSet, true, false, false);
    row("description", T::String, true, false, false);
    row("running_time", T::Float, false, false, false);
    row("modification_time", T::Datetime, false, false, false);
    row("ping_time", T::Datetime, false, false, false);
    row("state", T::String, false, false, false); // RunState: "active" or "inactive"
    row("failed", T::Bool, true, false, false);
    row("size", T::Float, false, false, false);
    row("hostname", T::String, false, false, false);
    row("trashed", T::Bool, false, false, false); // Nereid's own, set by trash and restore
    row("model_id", T::String, false, true, true);
    row("stage", T::String, false, true, true); // editable on model versions, which Nereid does not have
    row("monitoring_time", T::Int, false, true, false);
}

void TestSysCatalogue::fields()
{
    QFETCH(QString, name);
    QFETCH(FieldType, type);
    QFETCH(bool, editable);
    QFETCH(bool, deprecated);
    QFETCH(bool, modelVersionOnly);

    const SysField *field = SysCatalogue::find(name);
    QVERIFY(field);
    QCOMPARE(field->name, name);
    QCOMPARE(field->type, type);
    QCOMPARE(field->editable, editable);
    QCOMPARE(field->deprecated, deprecated);
    QCOMPARE(field->modelVersionOnly, modelVersionOnly);
    QCOMPARE(field->path(), u"sys/"_s + name);
    QVERIFY(!field->description().isEmpty());

    const FieldPath path = FieldPath::parse(field->path()).value();
    QCOMPARE(SysCatalogue::findPath(path), field);
    QCOMPARE(SysCatalogue::isEditable(path), editable);
}

void TestSysCatalogue::followsReferenceOrder()
{
    const QStringList expected{
        u"id"_s,
        u"custom_run_id"_s,
        u"name"_s,
        u"creation_time"_s,
        u"owner"_s,
        u"tags"_s,
        u"group_tags"_s,
        u"description"_s,
        u"running_time"_s,
        u"modification_time"_s,
        u"ping_time"_s,
        u"state"_s,
        u"failed"_s,
        u"size"_s,
        u"hostname"_s,
        u"trashed"_s,
        u"model_id"_s,
        u"stage"_s,
        u"monitoring_time"_s,
    };
    QStringList names;
    for (const SysField &field : SysCatalogue::fields())
        names.append(field.name);
    QCOMPARE(names, expected);
}

void TestSysCatalogue::findPathRefuses_data()
{
    QTest::addColumn<QString>("path");

    QTest::newRow("the namespace itself") << u"sys"_s;
    QTest::newRow("unknown sys field") << u"sys/colour"_s;
    QTest::newRow("below a sys field") << u"sys/name/first"_s;
    QTest::newRow("name outside sys") << u"name"_s;
    QTest::newRow("sys name in another namespace") << u"params/name"_s;
    QTest::newRow("nested sys") << u"params/sys/name"_s;
    QTest::newRow("capitalised namespace") << u"Sys/name"_s;
    QTest::newRow("capitalised field") << u"sys/Name"_s;
}

void TestSysCatalogue::findPathRefuses()
{
    QFETCH(QString, path);

    const FieldPath parsed = FieldPath::parse(path).value();
    QCOMPARE(SysCatalogue::findPath(parsed), nullptr);
    QVERIFY(!SysCatalogue::isEditable(parsed));
}

void TestSysCatalogue::isEditable_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("editable");

    QTest::newRow("sys/name") << u"sys/name"_s << true;
    QTest::newRow("sys/description") << u"sys/description"_s << true;
    QTest::newRow("sys/tags") << u"sys/tags"_s << true;
    QTest::newRow("sys/group_tags") << u"sys/group_tags"_s << true;
    QTest::newRow("sys/failed") << u"sys/failed"_s << true;
    QTest::newRow("sys/id") << u"sys/id"_s << false;
    QTest::newRow("sys/state") << u"sys/state"_s << false;
    QTest::newRow("sys/trashed") << u"sys/trashed"_s << false;
    QTest::newRow("sys/stage") << u"sys/stage"_s << false;
    QTest::newRow("user field") << u"params/lr"_s << false;
    QTest::newRow("user field named like sys") << u"info/description"_s << false;
    QTest::newRow("top-level tags") << u"tags"_s << false;
}

void TestSysCatalogue::isEditable()
{
    QFETCH(QString, path);
    QFETCH(bool, editable);

    QCOMPARE(SysCatalogue::isEditable(FieldPath::parse(path).value()), editable);
}

QTEST_GUILESS_MAIN(TestSysCatalogue)
#include "test_syscatalogue.moc"
