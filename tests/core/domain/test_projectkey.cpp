#include "domain/projectkey.h"
#include "domain/projectname.h"
#include "domain/runid.h"

#include <QTest>

using namespace nereid;
using namespace Qt::StringLiterals;

// Project keys, project names and the run ids built from keys (docs/api.md, Projects and Runs).
class TestProjectKey : public QObject
{
    Q_OBJECT

private slots:
    void keyIsValid_data();
    void keyIsValid();
    void suggestFor_data();
    void suggestFor();
    void parsesProjectName_data();
    void parsesProjectName();
    void refusesProjectName_data();
    void refusesProjectName();
    void parsesRunId_data();
    void parsesRunId();
    void refusesRunId_data();
    void refusesRunId();
};

void TestProjectKey::keyIsValid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("CLS") << u"CLS"_s << true;
    QTest::newRow("one letter") << u"A"_s << true;
    QTest::newRow("ten characters") << u"ABCDEFGHIJ"_s << true;
    QTest::newRow("digit first") << u"1A"_s << true;
    QTest::newRow("digits after") << u"NLP2"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("eleven characters") << u"ABCDEFGHIJK"_s << false;
    QTest::newRow("lower case") << u"cls"_s << false;
    QTest::newRow("mixed case") << u"Cls"_s << false;
    QTest::newRow("digits only") << u"123"_s << false;
    QTest::newRow("dash") << u"CL-S"_s << false;
    QTest::newRow("underscore") << u"CL_S"_s << false;
    QTest::newRow("space") << u"CL S"_s << false;
    QTest::newRow("trailing newline") << u"CLS\n"_s << false;
    QTest::newRow("non-ASCII letter") << u"ÄBC"_s << false;
    QTest::newRow("fullwidth letters") << u"ＣＬＳ"_s << false;
    QTest::newRow("arabic-indic digit") << u"CLS٣"_s << false;
}

void TestProjectKey::keyIsValid()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);

    QCOMPARE(ProjectKey::isValid(key), valid);
}

void TestProjectKey::suggestFor_data()
{
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QString>("key");

    QTest::newRow("documented example") << u"image-segmentation"_s << u"IMA"_s;
    QTest::newRow("plain") << u"classification"_s << u"CLA"_s;
    QTest::newRow("short") << u"ab"_s << u"AB"_s;
    QTest::newRow("one letter") << u"x"_s << u"X"_s;
    QTest::newRow("skips separators") << u"a-b.c_d"_s << u"ABC"_s;
    QTest::newRow("keeps digits after a letter") << u"a1-b2"_s << u"A1B"_s;
    QTest::newRow("skips leading digits") << u"3d-vision"_s << u"DVI"_s;
    QTest::newRow("skips non-ASCII letters") << u"über-net"_s << u"BER"_s;
    QTest::newRow("empty") << QString() << u"RUN"_s;
    QTest::newRow("digits only") << u"2024"_s << u"RUN"_s;
    QTest::newRow("punctuation only") << u"--."_s << u"RUN"_s;
}

void TestProjectKey::suggestFor()
{
    QFETCH(QString, projectName);
    QFETCH(QString, key);

    QCOMPARE(ProjectKey::suggestFor(projectName), key);
    QVERIFY(ProjectKey::isValid(key));
}

void TestProjectKey::parsesProjectName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QString>("project");

    const QString fifty = u"a"_s.repeated(50);
    QTest::newRow("plain") << u"team/classification"_s << u"team"_s << u"classification"_s;
    QTest::newRow("one character each") << u"a/b"_s << u"a"_s << u"b"_s;
    QTest::newRow("all allowed characters") << u"Team.1/my_project-2"_s << u"Team.1"_s << u"my_project-2"_s;
    QTest::newRow("digit first") << u"42/7up"_s << u"42"_s << u"7up"_s;
    QTest::newRow("50 characters each") << fifty + u"/"_s + fifty << fifty << fifty;
}

void TestProjectKey::parsesProjectName()
{
    QFETCH(QString, text);
    QFETCH(QString, workspace);
    QFETCH(QString, project);

    const Result<ProjectName> name = ProjectName::parse(text);
    QVERIFY2(name.ok(), qPrintable(name.ok() ? QString() : name.error().message));
    QCOMPARE(name->workspace(), workspace);
    QCOMPARE(name->project(), project);
    QCOMPARE(name->toString(), text);
    QVERIFY(ProjectName::fromParts(workspace, project).value() == name.value());
}

void TestProjectKey::refusesProjectName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("culprit"); // what the message must quote

    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("no slash") << u"classification"_s << u"classification"_s;
    QTest::newRow("no workspace") << u"/classification"_s << u"\"\""_s;
    QTest::newRow("no project") << u"team/"_s << u"\"\""_s;
    QTest::newRow("two slashes") << u"team/a/b"_s << u"a/b"_s;
    QTest::newRow("dash first") << u"-team/proj"_s << u"-team"_s;
    QTest::newRow("dot first") << u"team/.proj"_s << u".proj"_s;
    QTest::newRow("underscore first") << u"team/_proj"_s << u"_proj"_s;
    QTest::newRow("space") << u"team/my proj"_s << u"my proj"_s;
    QTest::newRow("trailing space") << u"team/proj "_s << u"proj "_s;
    QTest::newRow("trailing newline") << u"team/proj\n"_s << u"proj\n"_s;
    QTest::newRow("newline in workspace") << u"team\n/proj"_s << u"team\n"_s;
    QTest::newRow("non-ASCII") << u"tëam/proj"_s << u"tëam"_s;
    QTest::newRow("51 characters") << u"team/"_s + u"p"_s.repeated(51) << u"p"_s.repeated(51);
}

void TestProjectKey::refusesProjectName()
{
    QFETCH(QString, text);
    QFETCH(QString, culprit);

    const Result<ProjectName> name = ProjectName::parse(text);
    QVERIFY2(!name.ok(), qPrintable(text));
    QCOMPARE(name.error().code, ErrorCode::InvalidProjectName);
    QVERIFY2(name.error().message.contains(culprit), qPrintable(name.error().message));
}

void TestProjectKey::parsesRunId_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("number");

    QTest::newRow("CLS-3") << u"CLS-3"_s << u"CLS"_s << qint64(3);
    QTest::newRow("first run") << u"A-1"_s << u"A"_s << qint64(1);
    QTest::newRow("ten-character key") << u"ABCDEFGHIJ-10"_s << u"ABCDEFGHIJ"_s << qint64(10);
    QTest::newRow("digits in key") << u"1A-250"_s << u"1A"_s << qint64(250);
    QTest::newRow("large number") << u"CLS-9007199254740992"_s << u"CLS"_s << (qint64(1) << 53);
}

void TestProjectKey::parsesRunId()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(qint64, number);

    const std::optional<RunId> id = RunId::parse(text);
    QVERIFY(id.has_value());
    QCOMPARE(id->key, key);
    QCOMPARE(id->number, number);
    QCOMPARE(id->toString(), text);
}

void TestProjectKey::refusesRunId_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("number zero") << u"CLS-0"_s;
    QTest::newRow("leading zero") << u"CLS-01"_s;
    QTest::newRow("lower-case key") << u"cls-3"_s;
    QTest::newRow("no number") << u"CLS-"_s;
    QTest::newRow("no key") << u"-3"_s;
    QTest::newRow("key too long") << u"ABCDEFGHIJK-1"_s;
    QTest::newRow("trailing letter") << u"CLS-3x"_s;
    QTest::newRow("arabic-indic digit") << u"CLS-٣"_s;
    QTest::newRow("devanagari digit") << u"CLS-३"_s;
    QTest::newRow("fullwidth digit") << u"CLS-３"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("no dash") << u"CLS3"_s;
    QTest::newRow("key only") << u"CLS"_s;
    QTest::newRow("double dash") << u"CLS--3"_s;
    QTest::newRow("plus sign") << u"CLS-+3"_s;
    QTest::newRow("negative") << u"CLS--1"_s;
    QTest::newRow("two numbers") << u"CLS-3-4"_s;
    QTest::newRow("digits-only key") << u"123-4"_s;
    QTest::newRow("leading space") << u" CLS-3"_s;
    QTest::newRow("trailing space") << u"CLS-3 "_s;
    QTest::newRow("overflows qint64") << u"CLS-99999999999999999999"_s;
}

void TestProjectKey::refusesRunId()
{
    QFETCH(QString, text);

    QCOMPARE(RunId::parse(text), std::nullopt);
}

QTEST_GUILESS_MAIN(TestProjectKey)
#include "test_projectkey.moc"
