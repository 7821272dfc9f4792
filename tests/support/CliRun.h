#pragma once
// Runs emolens-cli (EMOLENS_CLI_PATH, defined by the test's CMake target) and
// collects its exit code and output; reads the JSON files it writes. Header-only:
// only the Qt tests use it.

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

/// The JSON object in the file at \p path (empty when it cannot be read): result files.
inline QJsonObject jsonFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace emolens::test
