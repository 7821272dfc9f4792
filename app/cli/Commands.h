#pragma once
// emolens-cli's subcommands. Each add...Command registers its subcommand with its
// options on \p app and, when the command line chooses it, sets \p run to the
// command (which returns the exit code; errors are thrown, emolens::Error or
// UsageError, and mapped to exit codes in main.cpp).
#include "Options.h"

namespace emolens::cli {

void addFeaturesCommand(CLI::App &app, Runner &run);
void addCorpusCommand(CLI::App &app, Runner &run);
void addTrainCommand(CLI::App &app, Runner &run);
void addCrossvalCommand(CLI::App &app, Runner &run);
void addReportCommand(CLI::App &app, Runner &run);
void addSweepCommand(CLI::App &app, Runner &run);
void addPredictCommand(CLI::App &app, Runner &run);
void addAttentionCommand(CLI::App &app, Runner &run);
void addExportCommand(CLI::App &app, Runner &run);
void addImportCommand(CLI::App &app, Runner &run);
void addAgreementCommand(CLI::App &app, Runner &run);

/// Registers a subcommand whose options live in a shared \p Options, and makes
/// \p run call \p body with them when it is chosen.
template <class Options, class Body> CLI::App *addCommand(CLI::App &app, Runner &run, const char *name,
                                                          const char *summary, std::shared_ptr<Options> options,
                                                          Body body)
{
    CLI::App *command = app.add_subcommand(name, summary);
    command->configurable(); // a --config file's [name] section sets its options
    command->callback([&run, options, body] { run = [options, body] { return body(*options); }; });
    return command;
}

} // namespace emolens::cli
