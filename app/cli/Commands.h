#pragma once
// emolens-cli's subcommands. Each returns the process exit code; errors are
// thrown (emolens::Error, UsageError) and mapped to exit codes in main.cpp.

#include "emolens/Corpus.h"

#include <string>
#include <vector>

namespace emolens::cli {

struct Command {
    const char *name;
    const char *summary;
    std::string usage; ///< full help text shown by `emolens-cli NAME --help`
    int (*run)(const std::vector<std::string> &args);
};

const std::vector<Command> &commands();

int runFeatures(const std::vector<std::string> &args);
int runCorpus(const std::vector<std::string> &args);
int runTrain(const std::vector<std::string> &args);
int runCrossval(const std::vector<std::string> &args);
int runReport(const std::vector<std::string> &args);
int runSweep(const std::vector<std::string> &args);
int runPredict(const std::vector<std::string> &args);
int runAttention(const std::vector<std::string> &args);
int runExport(const std::vector<std::string> &args);
int runImport(const std::vector<std::string> &args);

class Args;
/// --classes, --merge-excited, --subset, --min-duration onto a Protocol (shared by
/// every command that selects utterances). Throws UsageError.
Protocol protocolFromArgs(const Args &args);

} // namespace emolens::cli
