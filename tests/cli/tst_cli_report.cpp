// emolens-cli report: the terminal table and --html from a results folder, and
// the usage errors around --html (exit 2, nothing written).
#include "CliRun.h"
#include "FoldFixture.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using emolens::test::runCli;

class TestCliReport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    const QString m_cli = QStringLiteral(EMOLENS_CLI_PATH);

    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        const std::vector<std::string> classes{"neutral", "angry"};
        QDir().mkpath(path("cv"));
        const std::string cv = path("cv").toStdString();
        emolens::test::writeFoldResult(cv, "emodb:somewhere", classes, {"03", {"08"}, {}, {{4, 0}, {1, 3}}, 3, false});
        emolens::test::writeFoldResult(cv, "emodb:somewhere", classes, {"08", {"03"}, {}, {{2, 2}, {0, 4}}, 3, false});
    }

    void htmlAndTableFromOneFolder()
    {
        const auto r = runCli(m_cli, {"report", path("cv"), "--html", path("cv.html"), "--title", "EmoDB <2 folds>"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("fold")); // the terminal table still prints
        QVERIFY(r.err.contains("cv.html"));
        QFile f(path("cv.html"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>"));
        QVERIFY(html.contains("<h1>EmoDB &lt;2 folds&gt;</h1>"));
        QVERIFY(html.contains("data-fold=\"03\"") && html.contains("data-fold=\"08\""));
    }

    void htmlUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("two folders") << QStringList{"report", path("cv"), path("cv"), "--html", path("two.html")};
        QTest::newRow("a summary file") << QStringList{"report", path("cv/fold-03.json"), "--html", path("two.html")};
        QTest::newRow("missing folder") << QStringList{"report", path("nothing"), "--html", path("two.html")};
        QTest::newRow("empty folder") << QStringList{"report", m_dir.path() + "/cv/..", "--html", path("two.html")};
    }
    void htmlUsageErrors()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(m_cli, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(path("two.html")));
    }

    void unwritableOutputFails()
    {
        const auto r = runCli(m_cli, {"report", path("cv"), "--html", path("no/such/folder/r.html")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("r.html"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
