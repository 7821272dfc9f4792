#pragma once
// Runs emolens-cli (EMOLENS_CLI_PATH, defined by the test's CMake target) and
// collects its exit code and output. Header-only: only the Qt tests use it.

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

} // namespace emolens::test
