// emolens-cli end to end through QProcess on $<TARGET_FILE:emolens-cli>.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/FrontEnd.h"
#include "emolens/Npy.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace emolens;

namespace {
using Run = test::CliRun;
Run cli(const QStringList &args)
{
    return test::runCli(QStringLiteral(EMOLENS_CLI_PATH), args);
}
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_wav;

private Q_SLOTS:
    void initTestCase()
    {
        // 4.5 s at 22.05 kHz, stereo: exercises resampling and downmix end to end.
        const auto tone = test::sine(1000.0, 4.5, 22050, 0.4f);
        std::vector<float> stereo;
        for (float v : tone) {
            stereo.push_back(v);
            stereo.push_back(v);
        }
        m_wav = m_dir.filePath(QStringLiteral("22050-2-16.wav"));
        test::writeAudio(m_wav.toStdString(), stereo, 22050, 2, test::Encoding::WavPcm16);
    }

    void helpAndVersion()
    {
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("features")));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("emolens-cli ")));
        r = cli({QStringLiteral("features"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--hop")));
    }

    void info()
    {
        const Run r = cli({QStringLiteral("features"), m_wav, QStringLiteral("--info")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject in = o.value(QStringLiteral("input")).toObject();
        QCOMPARE(in.value(QStringLiteral("sampleRateHz")).toInt(), 22050);
        QCOMPARE(in.value(QStringLiteral("channels")).toInt(), 2);
        QCOMPARE(in.value(QStringLiteral("durationSeconds")).toDouble(), 4.5);
        const QJsonArray segs = o.value(QStringLiteral("segments")).toArray();
        QCOMPARE(segs.size(), 8); // 0.4 s hop over 4.5 s, worked in tst_segmentation
        QCOMPARE(segs.last().toObject().value(QStringLiteral("start")).toDouble(), 2.5);
        QCOMPARE(segs.last().toObject().value(QStringLiteral("end")).toDouble(), 4.5);
        QCOMPARE(o.value(QStringLiteral("featureConfig")).toObject().value(QStringLiteral("fftSize")).toInt(), 1600);
    }

    void featuresNpyMatchesCore()
    {
        const QString out = m_dir.filePath(QStringLiteral("f.npy"));
        const Run r = cli({QStringLiteral("features"), m_wav, QStringLiteral("--hop"), QStringLiteral("1.0"),
                           QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        const NpyArray a = readNpy(out.toStdString());
        QCOMPARE(a.shape, (std::vector<std::int64_t>{4, 400, 200}));
        for (int s = 0; s < 4; ++s)
            QCOMPARE(test::argmaxRow(a.values.data() + s * 80000, 400, 200, 50), 100);
        QVERIFY(QFile::exists(out + QStringLiteral(".json")));
    }

    void badInputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mention"); // stderr must name this
        const QString missing = m_dir.filePath(QStringLiteral("missing.wav"));
        const QString notAudio = m_dir.filePath(QStringLiteral("notes.wav"));
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.wav"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.wav"));
        const QString zero = m_dir.filePath(QStringLiteral("zero.wav"));
        const QString nan = m_dir.filePath(QStringLiteral("nan.wav"));
        const QString inf = m_dir.filePath(QStringLiteral("inf.wav"));
        test::writeBytes(notAudio.toStdString(), "not audio");
        test::writeBytes(empty.toStdString(), {});
        test::writeAudio(zero.toStdString(), {}, 16000, 1, test::Encoding::WavPcm16);
        auto bad = test::sine(200.0, 1.0, 16000);
        bad[100] = std::nanf("");
        test::writeAudio(nan.toStdString(), bad, 16000, 1, test::Encoding::WavFloat);
        bad[100] = HUGE_VALF;
        test::writeAudio(inf.toStdString(), bad, 16000, 1, test::Encoding::WavFloat);
        const std::string whole = test::readBytes(m_wav.toStdString());
        test::writeBytes(truncated.toStdString(), whole.substr(0, whole.size() / 3));
        const QString info = QStringLiteral("--info"), f = QStringLiteral("features");
        QTest::newRow("missing") << QStringList{f, missing, info} << missing;
        QTest::newRow("directory") << QStringList{f, m_dir.path(), info} << m_dir.path();
        QTest::newRow("not audio") << QStringList{f, notAudio, info} << notAudio;
        QTest::newRow("empty") << QStringList{f, empty, info} << empty;
        QTest::newRow("zero samples") << QStringList{f, zero, info} << zero;
        QTest::newRow("NaN") << QStringList{f, nan, info} << nan;
        QTest::newRow("Inf") << QStringList{f, inf, info} << inf;
        QTest::newRow("truncated") << QStringList{f, truncated, info} << truncated;
        QTest::newRow("too long") << QStringList{f, m_wav, info, QStringLiteral("--max-duration"), QStringLiteral("1")}
                                  << m_wav;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown option") << QStringList{f, m_wav, QStringLiteral("--bogus")}
                                        << QStringLiteral("--bogus");
        QTest::newRow("no output") << QStringList{f, m_wav} << QStringLiteral("--out");
        QTest::newRow("bad hop") << QStringList{f, m_wav, info, QStringLiteral("--hop"), QStringLiteral("zero")}
                                 << QStringLiteral("--hop");
        QTest::newRow("hop too long") << QStringList{f, m_wav, info, QStringLiteral("--hop"), QStringLiteral("3")}
                                      << QStringLiteral("--hop");
        QTest::newRow("no arguments") << QStringList{} << QStringLiteral("usage");
    }
    void badInputExitsTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mention);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(mention), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void corpusJson()
    {
        const QString dir = m_dir.filePath(QStringLiteral("emodb/wav"));
        QDir().mkpath(dir);
        for (const char *name : {"03a01Wa.wav", "03a02Nc.wav", "08a01Ta.wav", "08a01La.wav"})
            test::writeAudio((dir + QLatin1Char('/') + QLatin1String(name)).toStdString(),
                             test::sine(200.0, 2.0, 16000), 16000, 1, test::Encoding::WavPcm16);
        test::writeBytes((dir + QStringLiteral("/09a01Fa.wav")).toStdString(), "broken");
        const Run r = cli({QStringLiteral("corpus"), QStringLiteral("emodb:") + m_dir.filePath(QStringLiteral("emodb")),
                           QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("utterances")).toArray().size(), 3); // boredom is outside the 4 classes
        const QJsonObject first = o.value(QStringLiteral("utterances")).toArray().at(0).toObject();
        for (const char *key : {"id", "speaker", "label", "path", "start", "end"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("counts"))
                     .toObject()
                     .value(QStringLiteral("08"))
                     .toObject()
                     .value(QStringLiteral("sad"))
                     .toInt(),
                 1);
        const QJsonArray skipped = o.value(QStringLiteral("skipped")).toArray();
        QCOMPARE(skipped.size(), 1);
        QVERIFY(
            skipped.at(0).toObject().value(QStringLiteral("file")).toString().endsWith(QStringLiteral("09a01Fa.wav")));
        QCOMPARE(o.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("subset")).toString(),
                 QStringLiteral("improvised"));

        const Run bad = cli({QStringLiteral("corpus"), QStringLiteral("iemocap:/nonexistent")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("/nonexistent")));
        const Run badSubset =
            cli({QStringLiteral("corpus"), QStringLiteral("emodb:") + m_dir.filePath(QStringLiteral("emodb")),
                 QStringLiteral("--subset"), QStringLiteral("some")});
        QCOMPARE(badSubset.exitCode, 2);
    }

    void unwritableOutputIsNotBadInput()
    {
        const Run r =
            cli({QStringLiteral("features"), m_wav, QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/f.npy")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("/nonexistent-dir/f.npy")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
