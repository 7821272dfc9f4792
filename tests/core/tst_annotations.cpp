// Annotation files: round trip, refusal of malformed files, corrected labels
// applied to a corpus without touching it, and exports that read back.
#include "TestAudio.h"
#include "emolens/Annotations.h"
#include "emolens/Error.h"
#include "emolens/FileLock.h"
#include "emolens/Files.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <filesystem>
#include <thread>

using namespace emolens;
namespace fs = std::filesystem;

namespace {
const Utterance *find(const CorpusReadResult &r, const std::string &id)
{
    for (const auto &u : r.utterances)
        if (u.id == id)
            return &u;
    return nullptr;
}

std::map<std::string, std::string> snapshot(const std::string &dir)
{
    std::map<std::string, std::string> files;
    for (const auto &e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            files[e.path().string()] = test::readBytes(e.path().string());
    return files;
}
} // namespace

class TestAnnotations : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const std::string &name) const { return m_dir.path().toStdString() + "/" + name; }

private Q_SLOTS:
    void roundTrip()
    {
        AnnotationSet s;
        s.corpusSpec = "iemocap:/data/IEMOCAP";
        s.set({"Ses01F_impro01_F000", "neutral", "sad", "sounds tired, not neutral", "ann", "2026-11-24T10:00:00Z"});
        s.set({"Ses01F_impro01_M001", "angry", "", "laughing in the background", "bob", "2026-11-24T10:01:00Z"});
        s.set({"Ses01F_impro01_M003", "happy", "", "", "ann", ""}); // neither label nor note: nothing to keep
        QCOMPARE(s.size(), std::size_t(2));
        s.save(path("a.json"));
        const AnnotationSet back = AnnotationSet::load(path("a.json"));
        QVERIFY(back == s);
        QCOMPARE(back.find("Ses01F_impro01_F000")->note, std::string("sounds tired, not neutral"));
        for (const auto &e : fs::directory_iterator(m_dir.path().toStdString()))
            QVERIFY2(e.path().filename().string().find(".part") == std::string::npos,
                     e.path().c_str()); // no temporary left
    }

    // One holder at a time, who is named to the next; released, the name is free and gone.
    void fileLockHasOneHolder()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("fold-s2.lock")).toStdString();
        std::string holder;
        {
            const auto first = FileLock::tryLock(path, &holder);
            QVERIFY(first);
            QVERIFY(std::filesystem::exists(path));
            const auto second = FileLock::tryLock(path, &holder);
            QVERIFY(!second);
            QVERIFY2(holder.find("process " + std::to_string(QCoreApplication::applicationPid())) != std::string::npos,
                     holder.c_str());
        }
        QVERIFY(!std::filesystem::exists(path)); // released: removed
        QVERIFY(FileLock::tryLock(path)); // and free again
        QVERIFY_THROWS_EXCEPTION(Error,
                                 FileLock::tryLock(dir.filePath(QStringLiteral("no/such/dir/x.lock")).toStdString()));
    }

    // Two writers of one file (two fold processes rewriting summary.json) never write into
    // each other's temporary: the file is always one writer's whole text, nothing is left over.
    void concurrentAtomicWritesNeverMix()
    {
        const std::string file = path("shared.json");
        const std::string a(4 << 20, 'a'), b(3 << 20, 'b');
        std::atomic<bool> failed{false};
        auto writer = [&](const std::string &text) {
            for (int i = 0; i < 60; ++i) {
                try {
                    writeFileAtomically(file, text);
                } catch (const Error &) {
                    failed = true;
                }
                const std::string now = readWholeFile(file);
                if (now != a && now != b)
                    failed = true;
            }
        };
        std::thread t1(writer, std::cref(a)), t2(writer, std::cref(b));
        t1.join();
        t2.join();
        QVERIFY(!failed);
        for (const auto &e : fs::directory_iterator(m_dir.path().toStdString()))
            QVERIFY2(e.path().filename().string().find("shared.json.part") == std::string::npos, e.path().c_str());
    }

    void malformedFilesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not json") << "{nope";
        QTest::newRow("other format") << R"({"format": "something", "version": 1, "annotations": []})";
        QTest::newRow("newer version") << R"({"format": "emolens-annotations", "version": 9, "annotations": []})";
        QTest::newRow("duplicate id")
            << R"({"format": "emolens-annotations", "version": 1, "annotations": [{"id": "a", "label": "sad"}, {"id": "a", "label": "happy"}]})";
    }

    void malformedFilesAreRefused()
    {
        QFETCH(QString, text);
        const std::string file = test::writeBytes(path("bad.json"), text.toStdString());
        try {
            AnnotationSet::load(file);
            QFAIL("accepted a malformed annotation file");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY(std::string(e.what()).find(file) != std::string::npos);
        }
    }

    void correctionsApplyAndExportsReadBack()
    {
        const std::string root = test::writeIemocapFixture(path("iemocap"));
        const auto before = snapshot(root);
        const CorpusReadResult corpus = readCorpus("iemocap:" + root);
        QCOMPARE(corpus.utterances.size(), std::size_t(6));
        AnnotationSet s;
        s.set({"Ses01F_impro01_F000", "neutral", "sad", "", "ann", ""});
        s.set({"Ses02M_impro03a_M001", "excited", "happy", "exc, but clearly happy", "ann", ""});
        s.set({"Ses09X_nowhere_F000", "neutral", "sad", "", "ann", ""});
        std::vector<std::string> unmatched;
        const CorpusReadResult corrected = applyAnnotations(corpus, s, &unmatched);
        QCOMPARE(unmatched, std::vector<std::string>{"Ses09X_nowhere_F000"});
        QCOMPARE(find(corrected, "Ses01F_impro01_F000")->label, std::string("sad"));
        QCOMPARE(find(corrected, "Ses01F_impro01_F000")->labelCode, std::string("sad"));
        QCOMPARE(find(corrected, "Ses01F_impro01_F000")->extras.at("originalLabel"), std::string("neutral"));
        QCOMPARE(find(corrected, "Ses01F_impro01_M001")->label, std::string("angry"));

        // EmoEvaluation files laid over a copy of the corpus read back with the corrections.
        const std::string copy = path("copy");
        fs::copy(root, copy, fs::copy_options::recursive);
        const auto files = exportEmoEvaluation(corrected, copy + "/IEMOCAP_full_release");
        QCOMPARE(files.size(), std::size_t(2));
        const CorpusReadResult again = readCorpus("iemocap:" + copy);
        QCOMPARE(again.utterances.size(), std::size_t(6));
        QVERIFY(again.skipped.empty());
        QCOMPARE(find(again, "Ses01F_impro01_F000")->label, std::string("sad"));
        QCOMPARE(find(again, "Ses02M_impro03a_M001")->label, std::string("happy"));
        QCOMPARE(find(again, "Ses01F_impro01_F000")->votes.size(), std::size_t(2)); // raters' lines kept
        QCOMPARE(find(again, "Ses01F_impro01_F000")->extras.at("dialogStart"), std::string("1.0000"));

        // And as a CSV manifest.
        exportCsv(corrected, path("corrected.csv"));
        const CorpusReadResult csv = readCorpus("csv:" + path("corrected.csv"));
        QCOMPARE(csv.utterances.size(), std::size_t(6));
        std::map<std::string, int> labels;
        for (const auto &u : csv.utterances)
            ++labels[u.label];
        QCOMPARE(labels["sad"], 2);
        QCOMPARE(labels["happy"], 2);
        QCOMPARE(labels["excited"], 0);

        // The corpus itself is byte-identical.
        QVERIFY(snapshot(root) == before);
    }
};

QTEST_GUILESS_MAIN(TestAnnotations)
#include "tst_annotations.moc"
