// Audio loading: formats, channels, rates, and every kind of bad input.
#include "TestAudio.h"
#include "emolens/Audio.h"
#include "emolens/Error.h"
#include "emolens/FrontEnd.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace emolens;
using test::Encoding;

Q_DECLARE_METATYPE(emolens::test::Encoding)

class TestAudioLoader : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const QString &name) const { return m_dir.filePath(name).toStdString(); }

    static int peakRowOfFirstSegment(const std::vector<float> &x)
    {
        FrontEnd fe;
        std::vector<float> m(80000);
        fe.computeSegment(x.data(), static_cast<std::int64_t>(std::min<std::size_t>(x.size(), 32000)), m.data());
        return test::argmaxRow(m.data(), 400, 200, 98);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void formats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<double>("tolerance"); // max |loaded - written|; < 0 = lossy, compare spectra
        // Tolerances: one quantisation step of the format plus libsndfile's
        // asymmetric int scaling (writes x*(2^(b-1)-1), reads /2^(b-1)).
        QTest::newRow("16000-1-u8.wav") << "16000-1-u8.wav" << Encoding::WavPcmU8 << 2.0 / 128;
        QTest::newRow("16000-1-16.wav") << "16000-1-16.wav" << Encoding::WavPcm16 << 2.0 / 32768;
        QTest::newRow("16000-1-24.wav") << "16000-1-24.wav" << Encoding::WavPcm24 << 2.0 / 8388608;
        QTest::newRow("16000-1-32.wav") << "16000-1-32.wav" << Encoding::WavPcm32 << 1e-7;
        QTest::newRow("16000-1-float.wav") << "16000-1-float.wav" << Encoding::WavFloat << 0.0;
        QTest::newRow("16000-1-16.flac") << "16000-1-16.flac" << Encoding::Flac16 << 2.0 / 32768;
        QTest::newRow("16000-1-16.aiff") << "16000-1-16.aiff" << Encoding::Aiff16 << 2.0 / 32768;
        QTest::newRow("16000-1-vorbis.ogg") << "16000-1-vorbis.ogg" << Encoding::OggVorbis << -1.0;
    }
    void formats()
    {
        QFETCH(QString, name);
        QFETCH(Encoding, encoding);
        QFETCH(double, tolerance);
        const auto x = test::sine(1000.0, 2.5, 16000, 0.5f);
        const auto file = test::writeAudio(path(name), x, 16000, 1, encoding);
        const AudioBuffer a = loadAudio(file);
        QCOMPARE(a.sampleRateHz, 16000);
        QCOMPARE(a.source.sampleRateHz, 16000);
        QCOMPARE(a.samples.size(), x.size());
        if (tolerance >= 0) {
            double worst = 0;
            for (std::size_t i = 0; i < x.size(); ++i)
                worst = std::max(worst, std::fabs(static_cast<double>(a.samples[i]) - x[i]));
            QVERIFY2(worst <= tolerance, qPrintable(QStringLiteral("max error %1").arg(worst)));
        } else {
            QCOMPARE(peakRowOfFirstSegment(a.samples), 100);
        }
        for (float v : a.samples)
            QVERIFY(v >= -1.0f && v < 1.0f);
        // The same bytes from memory (libsndfile's virtual I/O) decode to the same samples.
        const std::string bytes = test::readBytes(file);
        const AudioBuffer m = loadAudioFromMemory(bytes.data(), bytes.size(), "in memory");
        QVERIFY(m.samples == a.samples);
        QCOMPARE(m.source.format, a.source.format);
        QCOMPARE(QString::fromStdString(m.source.path), QStringLiteral("in memory"));
    }

    void memoryInputIsCheckedLikeAFile()
    {
        const std::string wav = test::readBytes(
            test::writeAudio(path("mem.wav"), test::sine(440.0, 0.5, 16000), 16000, 1, Encoding::WavPcm16));
        auto refused = [](const std::string &bytes, const char *what) {
            try {
                loadAudioFromMemory(bytes.data(), bytes.size(), "clip.wav");
            } catch (const Error &e) {
                const std::string message = e.what();
                return message.find("clip.wav") != std::string::npos && message.find(what) != std::string::npos;
            }
            return false;
        };
        QVERIFY(refused(std::string(), "empty"));
        QVERIFY(refused("not audio at all", "not a recognised audio file"));
        QVERIFY(refused(wav.substr(0, wav.size() / 2), "truncated"));
    }

    void noResamplingAt16k()
    {
        const auto x = test::sine(440.0, 1.0, 16000, 0.3f);
        const AudioBuffer a =
            loadAudio(test::writeAudio(path("16000-1-float-exact.wav"), x, 16000, 1, Encoding::WavFloat));
        QVERIFY(a.samples == x); // bit-identical: nothing touched the samples
    }

    void resampledToneKeepsItsBin_data()
    {
        QTest::addColumn<int>("rate");
        QTest::newRow("8000") << 8000;
        QTest::newRow("22050") << 22050;
        QTest::newRow("44100") << 44100;
        QTest::newRow("48000") << 48000;
    }
    void resampledToneKeepsItsBin()
    {
        QFETCH(int, rate);
        const auto x = test::sine(1000.0, 3.0, rate, 0.5f);
        const auto file =
            test::writeAudio(path(QStringLiteral("%1-1-16.wav").arg(rate)), x, rate, 1, Encoding::WavPcm16);
        const AudioBuffer a = loadAudio(file);
        QCOMPARE(a.sampleRateHz, 16000);
        QCOMPARE(a.source.sampleRateHz, rate);
        QCOMPARE(a.samples.size(), std::size_t(48000)); // 3 s at 16 kHz
        QCOMPARE(a.source.durationSeconds, 3.0);
        QCOMPARE(peakRowOfFirstSegment(a.samples), 100);
    }

    void stereoIsAveraged()
    {
        const auto left = test::sine(700.0, 1.0, 16000, 0.5f);
        std::vector<float> interleaved;
        for (float v : left) {
            interleaved.push_back(v);
            interleaved.push_back(0.5f * v); // right = half the left
        }
        const AudioBuffer a =
            loadAudio(test::writeAudio(path("16000-2-float.wav"), interleaved, 16000, 2, Encoding::WavFloat));
        QCOMPARE(a.source.channels, 2);
        QCOMPARE(a.samples.size(), left.size());
        for (std::size_t i = 0; i < left.size(); ++i)
            QVERIFY(std::fabs(a.samples[i] - 0.75f * left[i]) < 1e-7f); // (l + l/2)/2, float rounding only
    }

    void floatOverFullScaleIsClampedAndCounted()
    {
        std::vector<float> x(16000, 0.1f);
        x[10] = 1.5f;
        x[20] = -3.0f;
        const AudioBuffer a =
            loadAudio(test::writeAudio(path("16000-1-float-loud.wav"), x, 16000, 1, Encoding::WavFloat));
        QCOMPARE(a.clampedSamples, std::int64_t(2));
        QVERIFY(a.samples[10] < 1.0f);
        QCOMPARE(a.samples[20], -1.0f);
    }

    void region()
    {
        const auto x = test::sine(200.0, 3.0, 16000);
        const auto file = test::writeAudio(path("16000-1-region.wav"), x, 16000, 1, Encoding::WavFloat);
        AudioLoadOptions o;
        o.startSeconds = 1.0;
        o.endSeconds = 1.5;
        const AudioBuffer a = loadAudio(file, o);
        QCOMPARE(a.samples.size(), std::size_t(8000));
        QCOMPARE(a.samples[0], x[16000]);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<double>("maxSeconds");
        const double normal = 4 * 3600;
        QTest::newRow("missing") << "missing.wav"
                                 << "cannot open" << normal;
        QTest::newRow("directory") << "adir"
                                   << "is a directory" << normal;
        QTest::newRow("empty") << "empty.wav"
                               << "empty" << normal;
        QTest::newRow("zero samples") << "zero.wav"
                                      << "no samples" << normal;
        QTest::newRow("not audio") << "notes.wav"
                                   << "not a recognised audio file" << normal;
        QTest::newRow("truncated") << "truncated.wav"
                                   << "truncated" << normal;
        QTest::newRow("NaN") << "nan.wav"
                             << "non-finite" << normal;
        QTest::newRow("Inf") << "inf.wav"
                             << "non-finite" << normal;
        QTest::newRow("too long") << "long.wav"
                                  << "over the limit" << 1.0;
    }
    void badInput()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        QFETCH(double, maxSeconds);
        const std::string file = path(name);
        const auto tone = test::sine(300.0, 2.0, 16000);
        if (name == "adir")
            QVERIFY(QDir(m_dir.path()).mkpath(name));
        else if (name == "empty.wav")
            test::writeBytes(file, {});
        else if (name == "zero.wav")
            test::writeAudio(file, {}, 16000, 1, Encoding::WavPcm16);
        else if (name == "notes.wav")
            test::writeBytes(file, "these are my notes, not audio\n");
        else if (name == "truncated.wav") {
            const std::string whole = test::readBytes(test::writeAudio(file, tone, 16000, 1, Encoding::WavPcm16));
            test::writeBytes(file, whole.substr(0, whole.size() / 2));
        } else if (name == "nan.wav" || name == "inf.wav") {
            auto bad = tone;
            bad[1234] =
                name == "nan.wav" ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
            test::writeAudio(file, bad, 16000, 1, Encoding::WavFloat);
        } else if (name == "long.wav")
            test::writeAudio(file, tone, 16000, 1, Encoding::WavPcm16);

        AudioLoadOptions o;
        o.maxDurationSeconds = maxSeconds;
        try {
            loadAudio(file, o);
            QFAIL("no error for bad input");
        } catch (const Error &e) {
            const QString message = QString::fromStdString(e.what());
            QCOMPARE(e.kind(), ErrorKind::BadInput);
            QVERIFY2(message.contains(QString::fromStdString(file)), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestAudioLoader)
#include "tst_audioloader.moc"
