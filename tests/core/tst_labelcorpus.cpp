// labels:DIR - a corpus of audio files labelled in Praat, ELAN or Audacity: every labelled
// interval becomes an utterance with its region, its class and its speaker (from a folder,
// a tier, a file-name pattern or a manifest); unknown labels, overlaps, regions past the
// audio, empty tiers and missing label files are reported with file and line, never thrown.
#include "TestAudio.h"
#include "emolens/Corpus.h"
#include "emolens/Error.h"
#include "emolens/Interchange.h"

#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace emolens;

namespace {

const SkippedEntry *skippedFor(const CorpusReadResult &r, const std::string &fileEnd, const std::string &fragment)
{
    for (const SkippedEntry &s : r.skipped)
        if (s.file.size() >= fileEnd.size() &&
            s.file.compare(s.file.size() - fileEnd.size(), fileEnd.size(), fileEnd) == 0 &&
            s.reason.find(fragment) != std::string::npos)
            return &s;
    return nullptr;
}

const Utterance *byId(const CorpusReadResult &r, const std::string &id)
{
    for (const Utterance &u : r.utterances)
        if (u.id == id)
            return &u;
    return nullptr;
}

} // namespace

class TestLabelCorpus : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string m_root;

    std::string path(const std::string &name) const { return m_root + "/" + name; }
    void audio(const std::string &name, double seconds)
    {
        test::writeAudio(path(name), test::sine(200.0, seconds, 16000), 16000, 1, test::Encoding::WavPcm16);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.path().toStdString() + "/labelled";
        std::filesystem::create_directories(m_root + "/spk9");
        // a: a Praat TextGrid, a gap between two labels, and a second tier that is not the emotion tier.
        audio("a.wav", 3.0);
        LabelDocument a;
        a.end = 3.0;
        a.tiers.push_back({"emotion", false, {{0.2, 1.0, "ang", 0}, {2.0, 2.9, "hap", 0}}, "", "", ""});
        a.tiers.push_back({"words", false, {{0.0, 3.0, "hello", 0}}, "", "", ""});
        writeLabelFile(path("a.TextGrid"), LabelFormat::TextGrid, a);
        // b: ELAN, one tier per participant.
        audio("b.wav", 4.0);
        LabelDocument b;
        b.tiers.push_back({"A-emotion", false, {{0.0, 1.5, "sad", 0}}, "", "Spk1", ""});
        b.tiers.push_back({"B-emotion", false, {{1.0, 3.0, "neutral", 0}}, "", "Spk2", ""});
        writeLabelFile(path("b.eaf"), LabelFormat::Eaf, b);
        // c: Audacity, with an overlap, a region past the audio's end and an unknown label.
        audio("c.wav", 2.0);
        test::writeBytes(path("c.txt"), "0\t1\tangry\n0.5\t1.5\tsad\n1.5\t1.9\tfoo\n1.95\t2.5\thappy\n");
        // d: no label file; e: a TextGrid with an empty emotion tier; spk9/f: in a speaker's folder.
        audio("d.wav", 1.0);
        audio("e.wav", 1.0);
        LabelDocument e;
        e.end = 1.0;
        e.tiers.push_back({"emotion", false, {}, "", "", ""});
        writeLabelFile(path("e.TextGrid"), LabelFormat::TextGrid, e);
        audio("spk9/f.wav", 2.0);
        test::writeBytes(path("spk9/f.txt"), "0.1\t1.9\tneu\n");
    }

    void everyLabelledIntervalIsAnUtterance()
    {
        const CorpusReadResult r = readCorpus("labels:" + m_root);
        QCOMPARE(r.kind, std::string("labels"));
        const Utterance *a1 = byId(r, "a_001");
        QVERIFY(a1);
        QCOMPARE(a1->label, std::string("angry"));
        QCOMPARE(a1->labelCode, std::string("ang"));
        QCOMPARE(a1->startSeconds, 0.2);
        QCOMPARE(a1->endSeconds, 1.0);
        QCOMPARE(a1->speaker, std::string("a")); // at the top: the file's own name
        QCOMPARE(byId(r, "a_002")->label, std::string("happy"));
        QVERIFY(!byId(r, "a_003")); // "words" is not the emotion tier (the first interval tier is)
        QCOMPARE(byId(r, "b_001")->label, std::string("sad")); // ELAN: the first tier only
        QVERIFY(!byId(r, "b_002"));
        QVERIFY(byId(r, "spk9_f_001"));
        QCOMPARE(byId(r, "spk9_f_001")->speaker, std::string("spk9")); // in a folder: the folder is the speaker
        // Audacity: the overlap and the region past the end reported with their lines.
        const SkippedEntry *overlap = skippedFor(r, "c.txt", "overlaps the label before it");
        QVERIFY(overlap);
        QCOMPARE(overlap->line, 2);
        const SkippedEntry *past = skippedFor(r, "c.txt", "past the audio's end");
        QVERIFY(past);
        QCOMPARE(past->line, 4);
        QCOMPARE(byId(r, "c_002")->labelCode, std::string("foo")); // no map: every label is kept
        QVERIFY(skippedFor(r, "d.wav", "no label file beside it"));
        QVERIFY(skippedFor(r, "e.TextGrid", "has no labels"));
        // The protocol selects from them like from any corpus.
        const Selection s = selectUtterances(r, Protocol{});
        QVERIFY(!s.utterances.empty());
    }

    void mapTierAndSpeakerOptions()
    {
        // map= is the whole vocabulary: "foo" is reported, with its line.
        CorpusReadResult r = readCorpus("labels:" + m_root + "?map=angry:angry,sad:sad,foo-not:neutral");
        const SkippedEntry *unknown = skippedFor(r, "c.txt", "unknown label \"foo\"");
        QVERIFY(unknown);
        QCOMPARE(unknown->line, 3);
        QVERIFY(skippedFor(r, "a.TextGrid", "unknown label \"ang\""));
        // speaker=tier: each ELAN tier is its participant's.
        r = readCorpus("labels:" + m_root + "?speaker=tier");
        QCOMPARE(byId(r, "b_001")->speaker, std::string("Spk1"));
        QCOMPARE(byId(r, "b_002")->speaker, std::string("Spk2"));
        QCOMPARE(byId(r, "b_002")->startSeconds, 1.0);
        // tier=NAME picks the tier; a file without it is reported.
        r = readCorpus("labels:" + m_root + "?tier=words");
        QCOMPARE(byId(r, "a_001")->labelCode, std::string("hello"));
        QVERIFY(skippedFor(r, "b.eaf", "no tier named \"words\""));
        // speaker=pattern: the first group of the stem.
        r = readCorpus("labels:" + m_root + "?speaker=pattern:^([a-c])");
        QCOMPARE(byId(r, "a_001")->speaker, std::string("a"));
        QVERIFY(skippedFor(r, "spk9/f.wav", "finds no speaker"));
        // speaker=manifest: a CSV of file,speaker.
        test::writeBytes(m_dir.path().toStdString() + "/speakers.csv", "file,speaker\na,S1\nb,S2\n");
        r = readCorpus("labels:" + m_root + "?speaker=manifest:" + m_dir.path().toStdString() + "/speakers.csv");
        QCOMPARE(byId(r, "a_001")->speaker, std::string("S1"));
        QVERIFY(skippedFor(r, "c.wav", "not in the speaker manifest"));
    }

    void badSpecsAreRefused()
    {
        for (const char *query : {"?speaker=voice", "?colour=red", "?speaker=pattern:(", "?map=nocolon"}) {
            try {
                readCorpus("labels:" + m_root + query);
                QFAIL(query);
            } catch (const Error &e) {
                QCOMPARE(e.kind(), ErrorKind::BadInput);
            }
        }
        QVERIFY_THROWS_EXCEPTION(Error, readCorpus("labels:" + m_root + "/no-such-folder"));
    }
};

QTEST_GUILESS_MAIN(TestLabelCorpus)
#include "tst_labelcorpus.moc"
