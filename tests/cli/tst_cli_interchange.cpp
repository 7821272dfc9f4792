// The command line's interchange: predict writes every format other tools read (each
// file read back by core's readers: regions over the whole file, labels from the class
// set, one curve per class), names the model and protocol, and refuses what makes no
// sense with exit 2; agreement reports IEMOCAP's evaluators and annotation files.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Annotations.h"
#include "emolens/Device.h"
#include "emolens/Interchange.h"
#include "emolens/Model.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace emolens;

class TestCliInterchange : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_model, m_long, m_short;
    const std::vector<std::string> m_classes{"tonal", "noisy", "clicks"};

    QString path(const QString &name) const { return m_dir.filePath(name); }
    static test::CliRun cli(const QStringList &args) { return test::runCli(QStringLiteral(EMOLENS_CLI_PATH), args); }

    /// Praat opens \p file and counts the same tiers and labels as core's reader (skips without praat).
    static void praatAgrees(const std::string &file)
    {
        const QString praat = QStandardPaths::findExecutable(QStringLiteral("praat"));
        if (praat.isEmpty())
            return;
        const QString script = QString::fromStdString(file) + QStringLiteral(".praat");
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(
                    "Read from file: \"%1\"\nn = Get number of tiers\nfor t to n\n"
                    "  interval = Is interval tier: t\n  if interval\n    m = Get number of intervals: t\n  else\n"
                    "    m = Get number of points: t\n  endif\n  appendInfoLine: m\nendfor\n")
                    .arg(QString::fromStdString(file))
                    .toUtf8());
        f.close();
        QProcess p;
        p.start(praat, {QStringLiteral("--run"), script});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString expected;
        for (const LabelTier &t : readLabelFile(file).tiers)
            expected += QString::number(t.items.size()) + QLatin1Char('\n');
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), expected);
    }

    /// The regions tier of \p doc covers [0, seconds] with labels from the class set.
    void checkRegions(const LabelTier &tier, double seconds)
    {
        QVERIFY(!tier.items.empty());
        QCOMPARE(tier.items.front().start, 0.0);
        QVERIFY(std::fabs(tier.items.back().end - seconds) < 0.002);
        for (std::size_t i = 0; i < tier.items.size(); ++i) {
            QVERIFY2(std::find(m_classes.begin(), m_classes.end(), tier.items[i].text) != m_classes.end(),
                     tier.items[i].text.c_str());
            if (i > 0) {
                QVERIFY(std::fabs(tier.items[i].start - tier.items[i - 1].end) < 0.002);
                QVERIFY(tier.items[i].text != tier.items[i - 1].text); // neighbours with one class are joined
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QDir().mkpath(path("corpus"));
        const QString spec = "csv:" + QString::fromStdString(test::writeSyntheticCorpus(
                                          path("corpus").toStdString(), 2, 2, {"tonal", "noisy", "clicks"}));
        m_model = path("m.emolens");
        const auto train = cli({"train", "--corpus", spec, "--out", m_model, "--fold", "s1", "--epochs", "1", "--batch",
                                "4", "--no-cache", "--classes", "tonal,noisy,clicks"});
        QVERIFY2(train.exitCode == 0, qPrintable(train.err));
        m_long = QString::fromStdString(test::writeAudio(path("long.wav").toStdString(), test::sine(440.0, 5.3, 16000),
                                                         16000, 1, test::Encoding::WavPcm16));
        m_short = QString::fromStdString(test::writeAudio(
            path("short.wav").toStdString(), test::sine(220.0, 1.2, 16000), 16000, 1, test::Encoding::WavPcm16));
    }

    void everyLabelFormatReadsBack()
    {
        for (const char *format : {"textgrid", "eaf", "audacity", "sv-csv"}) {
            const QString out = path(QStringLiteral("out-%1").arg(format));
            const auto r = cli({"predict", "--model", m_model, "--format", format, "--out", out, m_long, m_short});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const std::string ext = labelFormatExtension(labelFormatFromName(format));
            for (const auto &[stem, seconds] : {std::pair{"long", 5.3}, std::pair{"short", 1.2}}) {
                const std::string file = out.toStdString() + "/" + stem + ext;
                const LabelDocument d = readLabelFile(file);
                checkRegions(d.tiers.at(0), seconds);
                if (QByteArray(format) == "textgrid")
                    praatAgrees(file);
                if (QByteArray(format) == "textgrid" || QByteArray(format) == "eaf") {
                    QCOMPARE(d.tiers.size(), std::size_t(1 + m_classes.size())); // regions, then p(CLASS)
                    QCOMPARE(d.tiers[0].name, std::string("emotion [m.emolens]"));
                    QCOMPARE(d.tiers[1].name, std::string("p(tonal)"));
                }
                if (QByteArray(format) == "eaf") {
                    QCOMPARE(d.vocabularies.at("classes"), m_classes);
                    QVERIFY(d.properties.at("emolens:protocol").find("tonal") != std::string::npos);
                    QCOMPARE(d.mediaFile, (stem == std::string("long") ? m_long : m_short).toStdString());
                }
                if (QByteArray(format) == "sv-csv") // one curve per class beside the regions
                    for (const std::string &c : m_classes)
                        QVERIFY(QFileInfo::exists(out + "/" + stem + ".p-" + QString::fromStdString(c) + ".csv"));
            }
        }
    }

    // predict's JSON names the precision it computed in: by default bfloat16 where the
    // CPU runs it natively, else float32 (also on a GPU, which --device auto takes in a
    // CUDA build); stderr says which and why; --precision overrides it; the two agree on
    // the class of this clear tone.
    void predictSaysWhichPrecisionItUsed()
    {
        // Copied out as values: a QJsonValueRef into a temporary object would dangle.
        const auto first = [](const test::CliRun &r) {
            return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        };
        const auto precisionOf = [&first](const test::CliRun &r) {
            return first(r).value("model").toObject().value("precision").toString();
        };
        const auto byDefault = cli({"predict", "--model", m_model, "--json", m_long});
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));
        const QString expected = cudaDeviceCount() == 0 && bfloat16IsNative() ? "bf16" : "fp32";
        QCOMPARE(precisionOf(byDefault), expected);
        QVERIFY2(byDefault.err.contains(" in " + expected + " (auto: "), qPrintable(byDefault.err));
        for (const QString p : {"fp32", "bf16"}) {
            const auto asked = cli({"predict", "--model", m_model, "--json", "--precision", p, m_long});
            QVERIFY2(asked.exitCode == 0, qPrintable(asked.err));
            QCOMPARE(precisionOf(asked), p);
            QCOMPARE(first(asked).value("predicted").toString(), first(byDefault).value("predicted").toString());
        }
        const auto bad = cli({"predict", "--model", m_model, "--precision", "fp16", m_long});
        QCOMPARE(bad.exitCode, 2);
    }

    void jsonAndCsvInOneFile()
    {
        auto r = cli({"predict", "--model", m_model, "--format", "csv", "--out", path("p.csv"), m_long, m_short});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = QString::fromStdString(test::readBytes(path("p.csv").toStdString()))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("file,start,end,label,confidence,model"));
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines.last().endsWith(QStringLiteral(",m.emolens")));
        r = cli({"predict", "--model", m_model, "--format", "json", "--out", path("json/"), m_long});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(path("json/predictions.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray a = QJsonDocument::fromJson(f.readAll()).array();
        QCOMPARE(a.size(), 1);
        QVERIFY(a[0].toObject().contains(QStringLiteral("segments")));
    }

    // Attention maps as Sonic Visualiser dense layers: a row per time column, a value per frequency row.
    void attentionAsDenseCsv()
    {
        const auto r = cli({"attention", "--model", m_model, "--out", path("att"), "--sv-csv", m_long});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile info(path("att/attention.json"));
        QVERIFY(info.open(QIODevice::ReadOnly));
        const QJsonObject a = QJsonDocument::fromJson(info.readAll()).object();
        const QJsonArray shape = a["maps"].toObject()["bottom_up"].toObject()["shape"].toArray();
        const QStringList rows = QString::fromStdString(test::readBytes(path("att/bottom_up.sv.csv").toStdString()))
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), shape[1].toInt()); // one per time column
        QCOMPARE(rows.first().split(QLatin1Char(',')).size(), shape[0].toInt() + 1); // time, then each row
        const double first = a["axes"].toObject()["time"].toObject()["firstColumnCentreSeconds"].toDouble();
        QCOMPARE(rows.first().split(QLatin1Char(',')).first().toDouble(), first);
    }

    void nonsenseExitsTwo()
    {
        for (const QStringList &args :
             {QStringList{"predict", "--model", m_model, "--format", "textgrid", m_long}, // where to?
              QStringList{"predict", "--model", m_model, "--json", "--format", "csv", m_long},
              QStringList{"predict", "--model", m_model, "--out", path("x.csv"), m_long},
              QStringList{"predict", "--model", m_model, "--format", "praat-binary", "--out", path("x"), m_long}}) {
            const auto r = cli(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(' ') + ": " + r.err));
        }
        // Two inputs with one name: both kept.
        QDir().mkpath(path("other"));
        const QString twin = QString::fromStdString(test::writeAudio(
            path("other/long.wav").toStdString(), test::sine(300.0, 2.5, 16000), 16000, 1, test::Encoding::WavPcm16));
        const auto r =
            cli({"predict", "--model", m_model, "--format", "audacity", "--out", path("twins"), m_long, twin});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(path("twins/long.txt")) && QFileInfo::exists(path("twins/long-2.txt")));
    }

    // The corpus's labels and an annotator's corrections go out as TextGrid, EAF and Audacity
    // files, one per audio file: the corpus tier, the annotator's tier and notes per speaker.
    void corpusLabelsExport()
    {
        const QString root = QString::fromStdString(test::writeIemocapFixture(path("iemocap-x").toStdString()));
        const CorpusReadResult corpus = readCorpus("iemocap:" + root.toStdString());
        const Utterance &u = corpus.utterances.front();
        AnnotationSet ana;
        ana.set({u.id, u.label, "sad", "sighs first", "Ana", "2026-11-26T00:00:00Z"});
        ana.save(path("ana-x.json").toStdString());
        for (const char *format : {"textgrid", "eaf", "audacity"}) {
            const QString out = path(QStringLiteral("labels-%1").arg(format));
            const auto r = cli(
                {"corpus", "iemocap:" + root, "--annotations", path("ana-x.json"), "--export", format, "--out", out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const std::string file = out.toStdString() + "/" +
                                     QFileInfo(QString::fromStdString(u.audioPath)).completeBaseName().toStdString() +
                                     labelFormatExtension(labelFormatFromName(format));
            const LabelDocument d = readLabelFile(file);
            if (QByteArray(format) == "textgrid")
                praatAgrees(file);
            if (QByteArray(format) == "audacity") {
                bool corrected = false;
                for (const LabelInterval &i : d.tiers.at(0).items)
                    corrected |= i.text.find("sad") != std::string::npos && std::fabs(i.start - u.startSeconds) < 1e-6;
                QVERIFY(corrected);
                continue;
            }
            const LabelTier *original = d.tier(u.speaker + ": emotion (corpus)");
            const LabelTier *byAna = d.tier(u.speaker + ": emotion (Ana)");
            const LabelTier *notes = d.tier(u.speaker + ": notes (Ana)");
            QVERIFY(original && byAna && notes);
            auto labelAt = [&](const LabelTier *t) {
                for (const LabelInterval &i : t->items)
                    if (std::fabs(i.start - u.startSeconds) < 0.001)
                        return i.text;
                return std::string("(none)");
            };
            QCOMPARE(labelAt(original), u.label);
            QCOMPARE(labelAt(byAna), std::string("sad"));
            QCOMPARE(labelAt(notes), std::string("sighs first"));
            if (QByteArray(format) == "eaf")
                QCOMPARE(byAna->annotator, std::string("Ana"));
        }
    }

    void agreementFromVotesAndAnnotationFiles()
    {
        const QString root = QString::fromStdString(test::writeIemocapFixture(path("iemocap").toStdString()));
        auto r = cli({"agreement", "iemocap:" + root, "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject votes = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(votes.value("raters").toInt(), 2);
        QCOMPARE(votes.value("cohenKappa").toDouble(), 1.0);

        const CorpusReadResult corpus = readCorpus("iemocap:" + root.toStdString());
        const std::string id = corpus.utterances.front().id;
        AnnotationSet ana, ben;
        ana.set({id, "", "sad", "", "Ana", "2026-11-26T00:00:00Z"});
        ben.set({id, "", "angry", "", "Ben", "2026-11-26T00:00:00Z"});
        ana.save(path("ana.json").toStdString());
        ben.save(path("ben.json").toStdString());
        r = cli({"agreement", "iemocap:" + root, "--annotations", path("ana.json"), "--annotations", path("ben.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("2 raters (Ana, Ben)"), qPrintable(r.out));
        QVERIFY2(r.out.contains(QString::fromStdString(id) + "  0.000  sad angry"), qPrintable(r.out));
        r = cli({"agreement", "iemocap:" + root, "--votes", "--annotations", path("ana.json"), "--json"});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value("raters").toInt(), 3);
        // A corpus without votes and no annotation files: nothing to compare, said so.
        QDir().mkpath(path("syn"));
        const QString csv = QString::fromStdString(
            test::writeSyntheticCorpus(path("syn").toStdString(), 1, 1, {"tonal", "noisy", "clicks"}));
        r = cli({"agreement", "csv:" + csv});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("votes"));
        r = cli({"agreement", "iemocap:" + root, "--annotations", path("missing.json")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("missing.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliInterchange)
#include "tst_cli_interchange.moc"
