// Corpus readers on fixture trees written here: the IEMOCAP release layout with
// its quirks (extra nesting, AppleDouble files, per-rater sub-folders,
// irregular dialog names, rater lines, a missing wav, a malformed line), EmoDB
// names, and CSV manifests; then the protocol's selection.
#include "TestAudio.h"
#include "emolens/Corpus.h"
#include "emolens/Error.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <set>

using namespace emolens;

namespace {
void writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    test::writeBytes(path.toStdString(), text.toStdString());
}

void writeWav(const QString &path, double seconds = 1.0)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    test::writeAudio(path.toStdString(), test::sine(300, seconds, 16000), 16000, 1, test::Encoding::WavPcm16);
}

const Utterance *find(const CorpusReadResult &r, const std::string &id)
{
    for (const auto &u : r.utterances)
        if (u.id == id)
            return &u;
    return nullptr;
}
} // namespace

class TestCorpus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_iemocap, m_evalFile;

private Q_SLOTS:
    void initTestCase()
    {
        // One extra nesting level, as the release unpacks.
        m_iemocap = m_dir.filePath(QStringLiteral("iemocap"));
        const QString s1 = m_iemocap + QStringLiteral("/IEMOCAP_full_release/Session1");
        m_evalFile = s1 + QStringLiteral("/dialog/EmoEvaluation/Ses01F_impro01.txt");
        writeText(
            m_evalFile,
            QStringLiteral("% [START_TIME - END_TIME] TURN_NAME EMOTION [V, A, D]\n\n"
                           "[6.2901 - 8.2357]\tSes01F_impro01_F000\tneu\t[2.5000, 2.5000, 2.5000]\n"
                           "C-E2:\tNeutral;\t()\n"
                           "C-E3:\tNeutral; Frustration;\t(tired)\n"
                           "C-F1:\tNeutral;\t()\n"
                           "A-E3:\tval 3; act 2; dom  2;\t()\n\n"
                           "[10.0100 - 11.3925]\tSes01F_impro01_M002\tang\t[1.5000, 4.0000, 4.0000]\n"
                           "C-E1:\tAnger;\t()\n\n"
                           "[12.0 - 13.5]\tSes01F_impro01_M003\tsad\t[2.0000, 2.0000, 2.0000]\n\n" // its wav is missing
                           "[14.0 - oops]\tSes01F_impro01_F004\tneu\t[2.0, 2.0, 2.0]\n")); // malformed: line 14
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/._Ses01F_impro01.txt"), QStringLiteral("\x05\x16 junk"));
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/Categorical/Ses01F_impro01_e2_cat.txt"),
                  QStringLiteral("Ses01F_impro01_F000 :Neutral state; ()\n"));
        writeText(s1 + QStringLiteral("/dialog/transcriptions/Ses01F_impro01.txt"),
                  QStringLiteral("Ses01F_impro01_F000 [006.2901-008.2357]: Excuse me.\n"
                                 "Ses01F_impro01_M002 [010.0100-011.3925]: Do you have your forms?\n"));
        writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_impro01/Ses01F_impro01_F000.wav"));
        writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_impro01/Ses01F_impro01_M002.wav"));
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/Ses01F_script01_1.txt"),
                  QStringLiteral("[1.0 - 3.0]\tSes01F_script01_1_F000\thap\t[4.0, 3.0, 3.0]\nC-E1:\tHappiness;\t()\n"));
        writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_script01_1/Ses01F_script01_1_F000.wav"));
        const QString s3 = m_iemocap + QStringLiteral("/IEMOCAP_full_release/Session3");
        writeText(s3 + QStringLiteral("/dialog/EmoEvaluation/Ses03M_impro05a.txt"),
                  QStringLiteral("[1.0 - 2.5]\tSes03M_impro05a_F001\tsad\t[1.0, 2.0, 2.0]\n"
                                 "[3.0 - 3.4]\tSes03M_impro05a_M003\texc\t[4.0, 4.0, 3.0]\n"));
        writeWav(s3 + QStringLiteral("/sentences/wav/Ses03M_impro05a/Ses03M_impro05a_F001.wav"));
        writeWav(s3 + QStringLiteral("/sentences/wav/Ses03M_impro05a/Ses03M_impro05a_M003.wav"), 0.4);
        const QString s5 = m_iemocap + QStringLiteral("/IEMOCAP_full_release/Session5");
        writeText(s5 + QStringLiteral("/dialog/EmoEvaluation/Ses05M_script01_1b.txt"),
                  QStringLiteral("[5.0 - 7.0]\tSes05M_script01_1b_M010\tneu\t[3.0, 2.0, 2.0]\r\n"));
        writeWav(s5 + QStringLiteral("/sentences/wav/Ses05M_script01_1b/Ses05M_script01_1b_M010.wav"));
    }

    void iemocapUtterancesAndSpeakers()
    {
        const auto r = readCorpus("iemocap:" + m_iemocap.toStdString());
        QCOMPARE(r.kind, std::string("iemocap"));
        QCOMPARE(r.utterances.size(), std::size_t(6));
        const Utterance *m002 = find(r, "Ses01F_impro01_M002");
        QVERIFY(m002);
        // The speaker is session + the letter after the last '_', not the F of "Ses01F".
        QCOMPARE(m002->speaker, std::string("Ses01M"));
        QCOMPARE(m002->gender, std::string("male"));
        QCOMPARE(m002->dialog, std::string("Ses01F_impro01"));
        QCOMPARE(m002->label, std::string("angry"));
        QCOMPARE(m002->mode, std::string("improvised"));
        QCOMPARE(find(r, "Ses05M_script01_1b_M010")->dialog, std::string("Ses05M_script01_1b"));
        QCOMPARE(find(r, "Ses05M_script01_1b_M010")->mode, std::string("scripted"));
        QCOMPARE(find(r, "Ses03M_impro05a_F001")->speaker, std::string("Ses03F"));
        QCOMPARE(find(r, "Ses01F_script01_1_F000")->dialog, std::string("Ses01F_script01_1"));
        std::set<std::string> speakers;
        for (const auto &u : r.utterances)
            speakers.insert(u.speaker);
        QCOMPARE(speakers, (std::set<std::string>{"Ses01F", "Ses01M", "Ses03F", "Ses03M", "Ses05M"}));
    }

    void iemocapVotesTranscriptsAndTimes()
    {
        const auto r = readCorpus("iemocap:" + m_iemocap.toStdString());
        const Utterance *f000 = find(r, "Ses01F_impro01_F000");
        QVERIFY(f000);
        QCOMPARE(f000->votes.size(), std::size_t(4));
        QCOMPARE(f000->votes[1].rater, std::string("C-E3"));
        QCOMPARE(f000->votes[1].labels, (std::vector<std::string>{"Neutral", "Frustration"}));
        QCOMPARE(f000->votes[3].rater, std::string("A-E3"));
        QVERIFY(f000->votes[3].labels.empty());
        QCOMPARE(f000->extras.at("transcript"), std::string("Excuse me."));
        QCOMPARE(f000->extras.at("valence"), std::string("2.5000"));
        QVERIFY(std::abs(f000->durationSeconds - (8.2357 - 6.2901)) < 1e-9);
        QVERIFY(f000->extras.at("dialogAudio").find("dialog/wav/Ses01F_impro01.wav") != std::string::npos);
    }

    void iemocapSurvivesVeryLongLines()
    {
        // libstdc++'s std::regex recurses per character: the transcription parser overflowed the
        // stack on a long line, and a header line of megabytes went into the header regex.
        const QString s1 = m_dir.filePath(QStringLiteral("long/Session1"));
        const QString words(2 * 1024 * 1024, QLatin1Char('a'));
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/Ses01F_impro01.txt"),
                  QStringLiteral("[1.0 - 2.0]\tSes01F_impro01_F000\tneu\t[2.0, 2.0, 2.0]\n[") + words +
                      QStringLiteral("\n"));
        writeText(s1 + QStringLiteral("/dialog/transcriptions/Ses01F_impro01.txt"),
                  QStringLiteral("Ses01F_impro01_F000 [001.0-002.0]: ") + words + QStringLiteral("\n") + words +
                      QStringLiteral(" [x]: y\n"));
        writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_impro01/Ses01F_impro01_F000.wav"));
        const auto r = readCorpus("iemocap:" + m_dir.filePath(QStringLiteral("long")).toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(1));
        QCOMPARE(r.utterances[0].extras.at("transcript").size(), std::size_t(words.size()));
        QCOMPARE(r.skipped.size(), std::size_t(1));
        QCOMPARE(r.skipped[0].line, 2);
    }

    void iemocapSkipsWithFileAndLine()
    {
        const auto r = readCorpus("iemocap:" + m_iemocap.toStdString());
        QCOMPARE(r.skipped.size(), std::size_t(2));
        const std::string eval = QDir::cleanPath(m_evalFile).toStdString();
        QCOMPARE(r.skipped[0].file, eval);
        QCOMPARE(r.skipped[0].line, 12);
        QVERIFY(r.skipped[0].reason.find("audio file missing") != std::string::npos);
        QCOMPARE(r.skipped[1].line, 14);
        QVERIFY(r.skipped[1].reason.find("malformed") != std::string::npos);
        for (const auto &s : r.skipped) // the AppleDouble file and sub-folders were never read
            QVERIFY(s.file.find("._") == std::string::npos && s.file.find("Categorical") == std::string::npos);
    }

    void protocolSelection_data()
    {
        QTest::addColumn<QString>("subset");
        QTest::addColumn<bool>("merge");
        QTest::addColumn<double>("minDuration");
        QTest::addColumn<int>("kept");
        // improvised: F000 neu, M002 ang, Ses03 F001 sad; M003 exc is not a class.
        QTest::newRow("default") << "improvised" << false << 0.0 << 3;
        QTest::newRow("merge exc") << "improvised" << true << 0.0 << 4;
        QTest::newRow("all") << "all" << false << 0.0 << 5;
        QTest::newRow("scripted") << "scripted" << false << 0.0 << 2;
        // M002 lasts 1.38 s and M003 0.4 s: a 1.5 s minimum leaves F000 (1.95 s) and F001 (1.5 s).
        QTest::newRow("min duration") << "improvised" << true << 1.5 << 2;
    }
    void protocolSelection()
    {
        QFETCH(QString, subset);
        QFETCH(bool, merge);
        QFETCH(double, minDuration);
        QFETCH(int, kept);
        Protocol p;
        p.subset = subset.toStdString();
        p.mergeExcitedIntoHappy = merge;
        p.minDurationSeconds = minDuration;
        const auto r = readCorpus("iemocap:" + m_iemocap.toStdString());
        const Selection s = selectUtterances(r, p);
        QCOMPARE(int(s.utterances.size()), kept);
        int excluded = 0;
        for (const auto &[reason, n] : s.excluded)
            excluded += n;
        QCOMPARE(kept + excluded, int(r.utterances.size())); // nothing disappears silently
        for (std::size_t i = 0; i < s.utterances.size(); ++i)
            QCOMPARE(s.utterances[i].label, p.classes[std::size_t(s.classIndex[i])]);
    }

    void emodb()
    {
        const QString dir = m_dir.filePath(QStringLiteral("emodb"));
        writeWav(dir + QStringLiteral("/wav/03a01Wa.wav"), 2.0);
        writeWav(dir + QStringLiteral("/wav/08b02Nc.wav"), 2.0);
        writeWav(dir + QStringLiteral("/wav/16a05Lb.wav"), 2.0);
        writeWav(dir + QStringLiteral("/wav/readme-clip.wav"));
        writeText(dir + QStringLiteral("/wav/11a01Ta.wav"), QStringLiteral("not audio"));
        const auto r = readCorpus("emodb:" + dir.toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(3));
        const Utterance *u = find(r, "03a01Wa");
        QVERIFY(u);
        QCOMPARE(u->speaker, std::string("03"));
        QCOMPARE(u->label, std::string("angry"));
        QCOMPARE(u->gender, std::string("male"));
        QCOMPARE(u->extras.at("text"), std::string("a01"));
        QCOMPARE(u->durationSeconds, 2.0);
        QCOMPARE(find(r, "16a05Lb")->label, std::string("bored"));
        QCOMPARE(r.skipped.size(), std::size_t(2)); // the odd name and the unreadable file, each reported
        const Selection s = selectUtterances(r, Protocol{});
        QCOMPARE(s.utterances.size(), std::size_t(2)); // boredom is not in the 4-class set
        QCOMPARE(s.counts().at("08").at("neutral"), 1);
    }

    void csv()
    {
        const QString dir = m_dir.filePath(QStringLiteral("csv"));
        writeWav(dir + QStringLiteral("/audio/a.wav"), 3.0);
        writeWav(dir + QStringLiteral("/audio/b, c.wav"));
        const QString manifest = dir + QStringLiteral("/manifest.csv");
        writeText(manifest, QStringLiteral("path,speaker,label,start,end,session,note\n"
                                           "audio/a.wav,spk1,Neutral,0.5,2.5,s1,first\n"
                                           "\"audio/b, c.wav\",spk2,ang,,,s1,\"says \"\"hi\"\"\"\n"
                                           "audio/missing.wav,spk2,sad,,,s1,\n"
                                           "audio/a.wav,spk1,sad\n"
                                           "audio/a.wav,spk1,sad,2.0,1.0,s1,\n"));
        const auto r = readCorpus("csv:" + manifest.toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(2));
        QCOMPARE(r.utterances[0].label, std::string("neutral"));
        QCOMPARE(r.utterances[0].startSeconds, 0.5);
        QCOMPARE(r.utterances[0].durationSeconds, 2.0);
        QCOMPARE(r.utterances[0].session, std::string("s1"));
        QCOMPARE(r.utterances[1].extras.at("note"), std::string("says \"hi\""));
        QVERIFY(r.utterances[1].audioPath.find("audio/b, c.wav") != std::string::npos);
        QCOMPARE(r.skipped.size(), std::size_t(3));
        QCOMPARE(r.skipped[0].line, 4);
        QCOMPARE(r.skipped[1].line, 5);
        QCOMPARE(r.skipped[2].line, 6);
    }

    // The same recording listed twice is kept once (and reported), wherever it is
    // listed; a file name used in two folders gets two ids; a region past the end of
    // its audio is skipped at read time; a quoted field may hold a line break.
    void csvDuplicatesRegionsAndQuotedNewlines()
    {
        const QString dir = m_dir.filePath(QStringLiteral("dups"));
        writeWav(dir + QStringLiteral("/x/clip.wav"), 2.0);
        writeWav(dir + QStringLiteral("/y/clip.wav"), 1.0);
        const QString manifest = dir + QStringLiteral("/m.csv");
        writeText(manifest, QStringLiteral("path,speaker,label,start,end,note\n"
                                           "x/clip.wav,09,angry,,,first\n"
                                           "x/../x/clip.wav,10,sad,,,same audio under another speaker\n"
                                           "y/clip.wav,10,sad,,,\"two\nlines\"\n"
                                           "x/clip.wav,11,angry,5.0,6.0,past the end\n"));
        const auto r = readCorpus("csv:" + manifest.toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(2));
        QCOMPARE(r.utterances[0].id, std::string("clip"));
        QCOMPARE(r.utterances[1].id, std::string("clip~y")); // unique, so one correction cannot apply to both
        QCOMPARE(r.utterances[1].extras.at("note"), std::string("two\nlines"));
        QCOMPARE(r.skipped.size(), std::size_t(2));
        std::string reasons;
        for (const auto &s : r.skipped)
            reasons += s.reason + "\n";
        QVERIFY2(reasons.find("duplicate of clip") != std::string::npos, reasons.c_str());
        QVERIFY2(reasons.find("speaker 10 instead of 09") != std::string::npos, reasons.c_str());
        QVERIFY2(reasons.find("past the end") != std::string::npos, reasons.c_str());
        bool lineSix = false;
        for (const auto &s : r.skipped)
            lineSix = lineSix || s.line == 6; // the record after the two-line one keeps its real line number
        QVERIFY(lineSix);
    }

    // An IEMOCAP turn listed twice with conflicting labels is kept once and reported.
    void iemocapTurnListedTwice()
    {
        const QString root = m_dir.filePath(QStringLiteral("twice"));
        const QString s1 = root + QStringLiteral("/Session1");
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/Ses01F_impro02.txt"),
                  QStringLiteral("[1.0 - 2.0]\tSes01F_impro02_F000\tneu\t[2.5, 2.5, 2.5]\n\n"
                                 "[1.0 - 2.0]\tSes01F_impro02_F000\tang\t[2.5, 2.5, 2.5]\n"));
        writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_impro02/Ses01F_impro02_F000.wav"));
        const auto r = readCorpus("iemocap:" + root.toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(1));
        QCOMPARE(r.utterances[0].label, std::string("neutral"));
        QCOMPARE(r.skipped.size(), std::size_t(1));
        QVERIFY2(r.skipped[0].reason.find("label ang instead of neu") != std::string::npos,
                 r.skipped[0].reason.c_str());
    }

    // Times that the line's pattern admits but that are no numbers ("." , "1.2.3") or run
    // backwards: each line is skipped with its file and line; reading never throws
    // (std::stod threw on "." and the CLI died with "internal error: stod").
    void iemocapTimesThatAreNotNumbers()
    {
        const QString root = m_dir.filePath(QStringLiteral("times"));
        const QString s1 = root + QStringLiteral("/Session1");
        writeText(s1 + QStringLiteral("/dialog/EmoEvaluation/Ses01F_impro03.txt"),
                  QStringLiteral("[. - 2.0]\tSes01F_impro03_F000\tneu\t[2.5, 2.5, 2.5]\n"
                                 "[1.2.3 - 4.0]\tSes01F_impro03_F001\tneu\t[2.5, 2.5, 2.5]\n"
                                 "[5.0 - 4.0]\tSes01F_impro03_F002\tneu\t[2.5, 2.5, 2.5]\n"
                                 "[6.0 - 7.5]\tSes01F_impro03_F003\tneu\t[2.5, 2.5, 2.5]\n"));
        for (const char *turn : {"F000", "F001", "F002", "F003"})
            writeWav(s1 + QStringLiteral("/sentences/wav/Ses01F_impro03/Ses01F_impro03_") + QLatin1String(turn) +
                     QStringLiteral(".wav"));
        const auto r = readCorpus("iemocap:" + root.toStdString());
        QCOMPARE(r.utterances.size(), std::size_t(1));
        QCOMPARE(r.utterances[0].id, std::string("Ses01F_impro03_F003"));
        QCOMPARE(r.skipped.size(), std::size_t(3));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(r.skipped[static_cast<std::size_t>(i)].line, i + 1);
            QVERIFY(r.skipped[static_cast<std::size_t>(i)].reason.find("malformed") != std::string::npos);
        }
    }

    void badSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("no kind") << m_dir.path();
        QTest::newRow("unknown kind") << QStringLiteral("timit:/x");
        QTest::newRow("not iemocap") << QStringLiteral("iemocap:") + m_dir.filePath(QStringLiteral("csv"));
        QTest::newRow("missing emodb") << QStringLiteral("emodb:/nonexistent");
        QTest::newRow("csv lacks columns") << QStringLiteral("csv:") + m_dir.filePath(QStringLiteral("cols.csv"));
    }
    void badSpecs()
    {
        QFETCH(QString, spec);
        writeText(m_dir.filePath(QStringLiteral("cols.csv")), QStringLiteral("file,who\na.wav,x\n"));
        QVERIFY_THROWS_EXCEPTION(Error, readCorpus(spec.toStdString()));
    }

    void labels()
    {
        QCOMPARE(canonicalLabel("neu"), std::string("neutral"));
        QCOMPARE(canonicalLabel("W"), std::string("angry"));
        QCOMPARE(canonicalLabel("Happiness"), std::string("happy"));
        QCOMPARE(canonicalLabel("xxx"), std::string("undecided"));
        QCOMPARE(canonicalLabel("Calm"), std::string("calm"));
    }

    void protocolJson()
    {
        Protocol p;
        p.classes = {"neutral", "angry"};
        p.subset = "all";
        p.mergeExcitedIntoHappy = true;
        const Protocol back = Protocol::fromJson(p.toJson());
        QCOMPARE(back.classes, p.classes);
        QCOMPARE(back.subset, p.subset);
        QVERIFY(back.mergeExcitedIntoHappy);
        QVERIFY_THROWS_EXCEPTION(Error, Protocol::fromJson("{\"subset\": \"some\"}"));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
