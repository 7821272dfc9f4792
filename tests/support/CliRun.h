#pragma once
// Runs emolens-cli (EMOLENS_CLI_PATH, defined by the test's CMake target) and
// collects its exit code and output; reads the JSON files it writes. Header-only:
// only the Qt tests use it.

#include "TestAudio.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace emolens::test {

struct CliRun {
    int exitCode = -1; ///< -2: crashed; -1: did not finish in time
    QString out, err;
};

inline CliRun runCli(const QString &program, const QStringList &args, int timeoutMs = 300000)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {};
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

#ifdef EMOLENS_CLI_PATH
/// The emolens-cli this test target was built with (EMOLENS_CLI_PATH), run with \p args.
inline CliRun cli(const QStringList &args, int timeoutMs = 300000)
{
    return runCli(QStringLiteral(EMOLENS_CLI_PATH), args, timeoutMs);
}
#endif

/// The synthetic corpus of the CLI tests under \p dir (made when missing): \p speakers
/// speakers with \p perClass files of each class tonal, noisy and clicks. Returns its
/// corpus spec ("csv:...").
inline QString syntheticCorpus(const QString &dir, int speakers, int perClass)
{
    QDir().mkpath(dir);
    return QStringLiteral("csv:") + QString::fromStdString(writeSyntheticCorpus(dir.toStdString(), speakers, perClass,
                                                                                {"tonal", "noisy", "clicks"}));
}

/// Training options for that corpus that check plumbing, not learning: one epoch of
/// batches of 4, no feature cache.
inline QStringList quickTraining()
{
    return {"--epochs", "1", "--batch", "4", "--no-cache", "--classes", "tonal,noisy,clicks"};
}

/// The JSON object in the file at \p path (empty when it cannot be read): result files.
inline QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace emolens::test
