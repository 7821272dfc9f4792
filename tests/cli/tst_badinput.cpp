// The bad-input matrix at the command line (issue 15 §3): inputs the test makes, each fed
// to emolens-cli, which must answer with one line on stderr naming the file and the
// problem and exit 2 (bad input) or 1 (an output it cannot write), never a signal, never
// a hang, and never leave a partial output or touch an existing one.
#include "CliRun.h"
#include "TestAudio.h"
#include "emolens/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace emolens;

namespace {

test::CliRun cli(const QStringList &args)
{
    return test::runCli(QStringLiteral(EMOLENS_CLI_PATH), args, 120000);
}

/// Runs the CLI under /bin/sh (for byte-exact file names and resource limits).
test::CliRun shell(const QString &script)
{
    return test::runCli(QStringLiteral("/bin/sh"), {"-c", script, QStringLiteral(EMOLENS_CLI_PATH)}, 120000);
}

const QString kModel = QStringLiteral(EMOLENS_SOURCE_DIR "/resources/models/emodb-4class-heldout-03.emolens");

} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::string spath(const QString &name) const { return path(name).toStdString(); }

    /// A model file with \p edit applied to its bytes, under a recomputed, valid checksum.
    QString editedModel(const QString &name, const std::function<void(std::string &)> &edit) const
    {
        std::string bytes = test::readBytes(kModel.toStdString());
        edit(bytes);
        std::uint64_t sum = fnv1a64(bytes.data(), bytes.size() - 8); // the bundled model is format 1
        std::memcpy(bytes.data() + bytes.size() - 8, &sum, 8);
        return QString::fromStdString(test::writeBytes(spath(name), bytes));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const std::string wav = test::writeBadAudio(m_dir.path().toStdString());
        // a WAV header claiming 2^31 bytes of data that are not there
        std::string claims = wav.substr(0, 44);
        const std::uint32_t huge = 0x7fffffff;
        std::memcpy(claims.data() + 40, &huge, 4);
        test::writeBytes(spath("claims.wav"), claims + wav.substr(44, 320));
        // corpora
        test::writeBytes(spath("nocolumn.csv"), "file,who\ngood.wav,s1\n");
        test::writeBytes(spath("rows.csv"), "path,speaker,label,start,end\n"
                                            "good.wav,s1,neutral,abc,0.5\n" // a field that does not parse
                                            "good.wav,s1,angry,5.0,6.0\n" // a region outside the audio
                                            "good.wav,s2,sad,0,0.5\n"
                                            "good.wav,s2,happy,0,0.5\n"); // the same entry, another label
        QDir().mkpath(path("notiemocap/Session"));
        // annotation files
        test::writeBytes(spath("corrupt.json"), "{\"format\": \"emolens-annotations\", \"version\": 1, ");
        test::writeBytes(spath("foreign.json"), R"({"type": "FeatureCollection", "features": []})");
        test::writeBytes(spath("future.json"),
                         R"({"format": "emolens-annotations", "version": 99, "annotations": []})");
    }

    void refusedWithOneLineNamingFileAndProblem_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        const QString good = path("good.wav");
        auto row = [](const char *name, const QStringList &args, const QString &file, const char *problem) {
            QTest::newRow(name) << args << file << QString::fromLatin1(problem);
        };
        for (const auto &[name, problem] :
             std::vector<std::pair<const char *, const char *>>{{"empty.wav", "empty"},
                                                                {"text.wav", "not a recognised audio file"},
                                                                {"truncated.wav", "truncated"},
                                                                {"nan.wav", "non-finite"},
                                                                {"folder.wav", "directory"},
                                                                {"missing.wav", "cannot open"},
                                                                {"claims.wav", "truncated"}}) {
            row((std::string("audio: ") + name).c_str(), {"features", path(name), "--info"}, path(name), problem);
            row((std::string("predict: ") + name).c_str(), {"predict", "--model", kModel, path(name)}, path(name),
                problem);
        }
        row("csv: a required column missing", {"corpus", "csv:" + path("nocolumn.csv")}, path("nocolumn.csv"),
            "column");
        row("iemocap: no sessions", {"corpus", "iemocap:" + path("notiemocap")}, path("notiemocap"), "Session");
        row("annotations: corrupt", {"corpus", "csv:" + path("rows.csv"), "--annotations", path("corrupt.json")},
            path("corrupt.json"), "malformed");
        row("annotations: foreign", {"corpus", "csv:" + path("rows.csv"), "--annotations", path("foreign.json")},
            path("foreign.json"), "not an EmoLens annotation file");
        row("annotations: future version", {"corpus", "csv:" + path("rows.csv"), "--annotations", path("future.json")},
            path("future.json"), "version 99");
        const QString truncated = QString::fromStdString(
            test::writeBytes(spath("truncated.emolens"), test::readBytes(kModel.toStdString()).substr(0, 5000)));
        row("model: truncated", {"predict", "--model", truncated, good}, truncated, "corrupt");
        std::string flippedBytes = test::readBytes(kModel.toStdString());
        flippedBytes[flippedBytes.size() / 2] ^= 0x20;
        const QString flipped = QString::fromStdString(test::writeBytes(spath("flipped.emolens"), flippedBytes));
        row("model: a flipped bit", {"predict", "--model", flipped, good}, flipped, "checksum");
        std::string futureBytes = test::readBytes(kModel.toStdString());
        futureBytes[8] = 9;
        const QString future = QString::fromStdString(test::writeBytes(spath("future.emolens"), futureBytes));
        row("model: a future format", {"predict", "--model", future, good}, future, "format version 9");
        const QString classes = editedModel("classes.emolens", [](std::string &b) {
            const auto at = b.find("\"numClasses\":4");
            b.replace(at, 14, "\"numClasses\":5");
        });
        row("model: metadata edited under a valid checksum", {"predict", "--model", classes, good}, classes, "class");
        const QString kernel = editedModel("kernel.emolens", [](std::string &b) {
            const auto at = b.find("\"conv1aHeight\":10");
            b.replace(at, 17, "\"conv1aHeight\":12");
        });
        row("model: a config that disagrees with its weights", {"predict", "--model", kernel, good}, kernel, "weights");
        row("output: a folder that does not exist", {"features", good, "--out", path("no/such/dir/f")},
            path("no/such/dir/f"), "");
        row("output: a place nobody may write", {"features", good, "--out", "/proc/emolens-test"}, "/proc/emolens-test",
            "");
    }
    void refusedWithOneLineNamingFileAndProblem()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, file);
        QFETCH(QString, problem);
        const auto r = cli(args);
        QVERIFY2(r.exitCode == 2 || r.exitCode == 1,
                 qPrintable(QStringLiteral("exit %1 (-2: a signal, -1: a hang): %2").arg(r.exitCode).arg(r.err)));
        if (!args.contains(QStringLiteral("--out")))
            QCOMPARE(r.exitCode, 2); // bad input; an output that cannot be written is a failure (1)
        const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(lines[0].contains(QFileInfo(file).fileName()), qPrintable(r.err));
        QVERIFY2(lines[0].contains(problem, Qt::CaseInsensitive), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty() || args.first() == QLatin1String("predict"), qPrintable(r.out));
    }

    // Entries that do not parse, conflict or lie outside their audio are skipped, each
    // reported with its file and line, and the rest is used: never silently dropped.
    void malformedCorpusEntriesAreSkippedAndNamed()
    {
        const auto r = cli({"corpus", "csv:" + path("rows.csv"), "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("rows.csv") && r.out.contains("\"line\": 2"), qPrintable(r.out));
        QVERIFY2(r.out.contains("\"line\": 3"), qPrintable(r.out)); // the region past the end of the audio
    }

    // Very long and non-UTF-8 file names are files like any other.
    void oddFileNamesWork()
    {
        QDir().mkpath(path("names"));
        const QString longName = path("names/") + QString(240, QLatin1Char('x')) + QStringLiteral(".wav");
        QVERIFY(QFile::copy(path("good.wav"), longName));
        auto r = cli({"features", longName, "--info"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = shell(QStringLiteral("cd '%1' && cp good.wav \"$(printf 'names/\\377\\376.wav')\" && "
                                 "exec \"$0\" features \"$(printf 'names/\\377\\376.wav')\" --info")
                      .arg(m_dir.path()));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = shell(QStringLiteral("cd '%1' && exec \"$0\" features \"$(printf 'names/\\377\\375.wav')\" --info")
                      .arg(m_dir.path()));
        QCOMPARE(r.exitCode, 2); // a missing one is named, bytes and all, without crashing
        QVERIFY2(r.err.contains(QStringLiteral("cannot open")), qPrintable(r.err));
        shell(QStringLiteral("rm -rf '%1/names'").arg(m_dir.path())); // Qt cannot name the non-UTF-8 file to remove it
    }

    // A disk that fills up mid-write (here: a file-size limit, so writes fail with EFBIG):
    // a clear failure, no partial file, and an existing output left as it was.
    void aFullDiskLeavesNothingHalfWritten()
    {
        test::writeBytes(spath("existing.npy"), "the previous output");
        const auto r = shell(
            QStringLiteral("cd '%1' && ulimit -f 4 && exec \"$0\" features good.wav --out existing").arg(m_dir.path()));
        QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.err.contains(QStringLiteral("existing")), qPrintable(r.err));
        QCOMPARE(QString::fromStdString(test::readBytes(spath("existing.npy"))), QStringLiteral("the previous output"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("existing*.part*")}, QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
