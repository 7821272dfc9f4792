// .npy files: numpy's header layout, round trip, atomic writes, refusal of others.
#include "TestAudio.h"
#include "emolens/Error.h"
#include "emolens/Npy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace emolens;

class TestNpy : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
private Q_SLOTS:
    void roundTrip()
    {
        const std::string file = m_dir.filePath(QStringLiteral("a.npy")).toStdString();
        std::vector<float> values(2 * 3 * 4);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = static_cast<float>(i) * 0.5f - 3.0f;
        writeNpy(file, {2, 3, 4}, values.data());
        const std::string bytes = test::readBytes(file);
        QVERIFY(bytes.compare(0, 6, "\x93NUMPY") == 0);
        const int headerEnd = 10 + static_cast<unsigned char>(bytes[8]) + 256 * static_cast<unsigned char>(bytes[9]);
        QCOMPARE(headerEnd % 64, 0); // numpy aligns the data to 64 bytes
        QVERIFY(bytes.find("'shape': (2, 3, 4)") != std::string::npos);
        QCOMPARE(bytes.size(), std::size_t(headerEnd) + values.size() * 4);
        const NpyArray back = readNpy(file);
        QCOMPARE(back.shape, (std::vector<std::int64_t>{2, 3, 4}));
        QVERIFY(back.values == values);
        QVERIFY(!QFile::exists(QString::fromStdString(file + ".part")));
    }

    void oneDimensionalShape()
    {
        const std::string file = m_dir.filePath(QStringLiteral("v.npy")).toStdString();
        const float v[3] = {1, 2, 3};
        writeNpy(file, {3}, v);
        QVERIFY(test::readBytes(file).find("'shape': (3,)") != std::string::npos);
        QCOMPARE(readNpy(file).values.size(), std::size_t(3));
    }

    void unfinishedWriteLeavesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("partial.npy"));
        {
            NpyWriter w(file.toStdString(), {10});
            const float v[4] = {};
            w.write(v, 4);
        } // destroyed without finish(), e.g. after a cancel
        QVERIFY(!QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
    }

    void refusesOtherFiles()
    {
        const std::string notNpy = test::writeBytes(m_dir.filePath(QStringLiteral("x.npy")).toStdString(), "hello");
        QVERIFY_THROWS_EXCEPTION(Error, readNpy(notNpy));
        const std::string file = m_dir.filePath(QStringLiteral("t.npy")).toStdString();
        const float v[100] = {};
        writeNpy(file, {100}, v);
        const std::string whole = test::readBytes(file);
        test::writeBytes(file, whole.substr(0, whole.size() - 10));
        QVERIFY_THROWS_EXCEPTION(Error, readNpy(file));
    }

    void unwritableTargetNamesTheFile()
    {
        try {
            writeNpy("/nonexistent-dir/x.npy", {1}, nullptr);
            QFAIL("no error");
        } catch (const Error &e) {
            QVERIFY(QString::fromStdString(e.what()).contains(QStringLiteral("/nonexistent-dir/x.npy")));
        }
    }
};

QTEST_GUILESS_MAIN(TestNpy)
#include "tst_npy.moc"
