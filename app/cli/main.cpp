// emolens-cli: the headless client. Parses the command word, runs it, and maps
// errors to exit codes in one place: 0 ok, 1 failure, 2 bad input or usage,
// 130 cancelled.

#include "Args.h"
#include "Commands.h"

#include "emolens/Error.h"
#include "emolens/Version.h"

#include <exception>
#include <iostream>

namespace emolens::cli {

const std::vector<Command> &commands()
{
    static const std::vector<Command> list = {
        {"features", "compute the paper's 400x200 spectrogram features",
         "usage: emolens-cli features IN [--hop SECONDS] [--out OUT.npy] [--info]\n"
         "                            [--max-duration SECONDS] [--resample best|medium|fastest]\n"
         "\n"
         "Loads IN (any format libsndfile reads; downmixed, resampled to 16 kHz), cuts it\n"
         "into 2 s segments every --hop seconds (default 0.4, the test/analysis hop; 1.0 is\n"
         "the training hop) and computes each segment's 400x200 mu-law spectrogram.\n"
         "\n"
         "  --out OUT.npy        write float32 [segments, 400, 200] in C order (numpy.load),\n"
         "                       plus OUT.npy.json with the segments and the FeatureConfig\n"
         "  --info               print JSON: input rate, channels, duration, segment bounds\n"
         "  --max-duration S     refuse files longer than S seconds (default 14400 = 4 h)\n"
         "  --resample Q         libsamplerate sinc quality (default best)\n",
         runFeatures},
        {"corpus", "list a corpus's utterances under a protocol",
         "usage: emolens-cli corpus SPEC [--classes A,B,...] [--merge-excited]\n"
         "                          [--subset improvised|scripted|all] [--min-duration SECONDS] [--json]\n"
         "\n"
         "SPEC is iemocap:ROOT (the IEMOCAP release: Session1..5, or one folder above them),\n"
         "emodb:DIR (EmoDB's SSTTTEV.wav files in DIR or DIR/wav) or csv:FILE (columns\n"
         "path,speaker,label and optional start,end,session; paths relative to FILE).\n"
         "\n"
         "  --classes A,B,...    class set, in model output order (default neutral,happy,angry,sad)\n"
         "  --merge-excited      count IEMOCAP's excited (exc) as happy\n"
         "  --subset S           IEMOCAP improvised (default), scripted or all; other corpora keep all\n"
         "  --min-duration S     exclude utterances shorter than S seconds (counted, never silent)\n"
         "  --json               print {utterances, counts, excluded, skipped, protocol} as JSON;\n"
         "                       without it, a speaker x class table (skipped entries on stderr)\n",
         runCorpus},
    };
    return list;
}

namespace {

void printHelp(std::ostream &out)
{
    out << "emolens-cli " << kVersion << ": speech emotion recognition workbench (headless)\n\n"
        << "usage: emolens-cli COMMAND [OPTIONS]\n"
        << "       emolens-cli COMMAND --help\n"
        << "       emolens-cli --help | --version\n\ncommands:\n";
    for (const auto &c : commands())
        out << "  " << c.name << std::string(12 - std::string(c.name).size(), ' ') << c.summary << '\n';
    out << "\nExit codes: 0 success, 1 failure, 2 bad input or usage, 130 cancelled.\n";
}

int dispatch(int argc, char **argv)
{
    const std::vector<std::string> words(argv + 1, argv + argc);
    if (words.empty()) {
        printHelp(std::cerr);
        return 2;
    }
    const std::string &first = words.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(std::cout);
        return 0;
    }
    if (first == "--version") {
        std::cout << "emolens-cli " << kVersion << '\n';
        return 0;
    }
    for (const auto &c : commands()) {
        if (first != c.name)
            continue;
        const std::vector<std::string> rest(words.begin() + 1, words.end());
        for (const auto &w : rest) {
            if (w == "--help" || w == "-h") {
                std::cout << c.usage;
                return 0;
            }
        }
        return c.run(rest);
    }
    throw UsageError("unknown command '" + first + "'");
}

} // namespace
} // namespace emolens::cli

int main(int argc, char **argv)
{
    using namespace emolens;
    try {
        return cli::dispatch(argc, argv);
    } catch (const cli::UsageError &e) {
        std::cerr << "emolens-cli: " << e.what() << "\n(see emolens-cli --help)\n";
        return 2;
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
