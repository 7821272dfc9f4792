// emolens-cli: the headless client. The command line is declared with CLI11
// (every subcommand's options, typed and checked, with generated help); errors
// map to exit codes in one place: 0 ok, 1 failure, 2 bad input or usage, 130 cancelled.

#include "Commands.h"

#include "emolens/Error.h"
#include "emolens/Version.h"

#include <csignal>
#include <exception>
#include <fstream>
#include <iostream>

namespace emolens::cli {

namespace {

/// The whole command line: the subcommands, --config and --save-config.
struct CommandLine {
    CLI::App app{"emolens-cli " + std::string(kVersion) + ": speech emotion recognition workbench (headless)",
                 "emolens-cli"};
    Runner run;
    std::string saveConfig;

    CommandLine()
    {
        app.get_formatter()->label("Usage", "usage");
        app.get_formatter()->column_width(34);
        app.require_subcommand(1);
        app.fallthrough(); // --config and --save-config may follow the command word
        app.set_version_flag("--version", "emolens-cli " + std::string(kVersion) + " (commit " + kBuildCommit + ")");
        app.set_config("--config", "",
                       "read options from a TOML file (as --save-config writes it); the command line wins");
        app.add_option("--save-config", saveConfig,
                       "write this command's options to a TOML file that --config replays, then run it")
            ->configurable(false);
        app.footer("Every command has its own --help. Exit codes: 0 success, 1 failure, 2 bad input or usage, "
                   "130 cancelled.");
        addFeaturesCommand(app, run);
        addCorpusCommand(app, run);
        addTrainCommand(app, run);
        addCrossvalCommand(app, run);
        addReportCommand(app, run);
        addSweepCommand(app, run);
        addPredictCommand(app, run);
        addAttentionCommand(app, run);
        addExportCommand(app, run);
        addImportCommand(app, run);
        addAgreementCommand(app, run);
    }
};

/// "(see emolens-cli crossval --help)" for an error inside a command.
std::string helpHint(const CLI::App &app)
{
    for (const CLI::App *sub : app.get_subcommands())
        return "(see emolens-cli " + sub->get_name() + " --help)";
    return "(see emolens-cli --help)";
}

int dispatch(int argc, char **argv)
{
    CommandLine cl;
    if (argc < 2) {
        std::cerr << cl.app.help();
        return 2;
    }
    if (std::string(argv[1]) == "help") {
        std::cout << cl.app.help();
        return 0;
    }
    try {
        cl.app.parse(argc, argv);
    } catch (const CLI::Success &e) { // --help, --version
        return cl.app.exit(e);
    } catch (const CLI::ParseError &e) {
        const auto rest = cl.app.remaining();
        if (cl.app.get_subcommands().empty() && !rest.empty() && rest.front().rfind('-', 0) != 0)
            std::cerr << "emolens-cli: unknown command '" << rest.front() << "'\n";
        else
            std::cerr << "emolens-cli: " << e.what() << '\n';
        std::cerr << helpHint(cl.app) << '\n';
        return 2;
    }
    if (!cl.saveConfig.empty()) {
        std::ofstream out(cl.saveConfig);
        out << "# emolens-cli " << kVersion << " (commit " << kBuildCommit << "); replay with: emolens-cli --config "
            << cl.saveConfig << '\n'
            << cl.app.config_to_str(false, false);
        if (!out)
            throwIo(cl.saveConfig, "cannot write the options file");
    }
    try {
        return cl.run();
    } catch (const UsageError &e) {
        std::cerr << "emolens-cli: " << e.what() << '\n' << helpHint(cl.app) << '\n';
        return 2;
    }
}

} // namespace
} // namespace emolens::cli

int main(int argc, char **argv)
{
    using namespace emolens;
    // A file-size limit (or a quota enforced so) must fail the write, which then reports it
    // and removes its partial file, not kill the process mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
    try {
        return cli::dispatch(argc, argv);
    } catch (const Error &e) {
        std::cerr << "emolens-cli: " << e.what() << '\n';
        switch (e.kind()) {
        case ErrorKind::BadInput:
            return 2;
        case ErrorKind::Cancelled:
            return 130;
        case ErrorKind::Io:
        case ErrorKind::Internal:
            return 1;
        }
        return 1;
    } catch (const std::exception &e) {
        std::cerr << "emolens-cli: internal error: " << e.what() << '\n';
        return 1;
    }
}
