// emolens-cli: the headless client. Parses the command word, runs it, and maps
// errors to exit codes in one place: 0 ok, 1 failure, 2 bad input or usage,
// 130 cancelled.

#include "Args.h"
#include "Commands.h"
#include "Experiment.h"

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
         "usage: emolens-cli corpus SPEC [--classes A,B,...] [--merge-excited] [--annotations FILE]\n"
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
         "  --annotations FILE   apply the corrected labels of an EmoLens annotation file\n"
         "  --json               print {utterances, counts, excluded, skipped, protocol} as JSON;\n"
         "                       without it, a speaker x class table (skipped entries on stderr)\n",
         runCorpus},
        {"train", "train the attention-pooling CNN (one held-out speaker, or every speaker)",
         std::string("usage: emolens-cli train --corpus SPEC --out MODEL [--fold SPEAKER] [--json REPORT] [options]\n"
                     "\n"
                     "Trains on every speaker but --fold's and scores the held-out speaker (WA, UA,\n"
                     "segment accuracy, confusion). Without --fold it trains on every speaker and\n"
                     "scores nothing. MODEL holds the weights and the full protocol; MODEL.ckpt is\n"
                     "written after every epoch and resumed from if the run is interrupted (Ctrl-C).\n"
                     "  --json REPORT        write the fold result (metrics, predictions, protocol)\n\n") +
             kExperimentOptionsHelp,
         runTrain},
        {"crossval", "leave-one-speaker-out cross-validation (resumable)",
         std::string("usage: emolens-cli crossval --corpus SPEC --out DIR [--folds all|A,B,...] [--models MDIR]\n"
                     "                          [--plan] [options]\n"
                     "\n"
                     "One fold per speaker: train on the others, score the held-out one. Writes\n"
                     "DIR/fold-<speaker>.json (metrics, predictions, the same scoring in bfloat16,\n"
                     "protocol, commit) and DIR/summary.json (per-fold WA/UA, mean and sd, pooled\n"
                     "confusion, rebuilt from every fold file in DIR after every fold). Models and\n"
                     "checkpoints go to MDIR (default DIR), so DIR can hold only small files.\n"
                     "Rerunning skips folds whose result is in DIR (with or without the model) and\n"
                     "resumes an interrupted one from its checkpoint; another protocol's results in\n"
                     "DIR are refused.\n"
                     "  --plan               print the folds (held-out speakers) one per line and exit\n\n") +
             kExperimentOptionsHelp,
         runCrossval},
        {"report", "print a cross-validation table (WA/UA per fold, mean +- sd, confusion)",
         "usage: emolens-cli report DIR|summary.json [--json | --markdown [--title T]]\n"
         "       emolens-cli report DIR DIR... [--markdown]\n"
         "\n"
         "Reads a crossval folder's fold-*.json files (or a summary.json) and prints WA, UA\n"
         "and segment accuracy per fold, training time, the bfloat16 check, the commits,\n"
         "their mean +- sd, and the pooled confusion matrix. Several folders (runs of one\n"
         "experiment with different seeds; anything else is refused) give each run's means\n"
         "and the mean +- sd over the runs.\n"
         "  --json               print the summary as JSON instead\n"
         "  --markdown           print Markdown tables (what docs/RESULTS.md holds)\n",
         runReport},
        {"sweep", "rerun one fold while varying conv1a height, conv1b width or pooling",
         std::string("usage: emolens-cli sweep --corpus SPEC --fold SPEAKER --param NAME --values A,B,... --out DIR\n"
                     "\n"
                     "NAME is conv1a-height, conv1b-width or pooling (the paper's receptive-field and\n"
                     "pooling experiments). Each value trains and scores the fold; results go to\n"
                     "DIR/sweep-NAME-VALUE.json and the table to DIR/sweep-NAME.json and .tsv.\n"
                     "Finished values are skipped when rerun.\n\n") +
             kExperimentOptionsHelp,
         runSweep},
        {"predict", "predict the emotion of audio files with a trained model",
         "usage: emolens-cli predict --model MODEL IN... [--json] [--threads N] [--precision fp32|bf16]\n"
         "\n"
         "Cuts each file into 2 s segments every 0.4 s (one zero-padded segment when shorter),\n"
         "averages the segments' softmax probabilities and prints the winning class.\n"
         "  --precision bf16     bfloat16 convolutions (about 1.8x faster on AVX512-BF16 CPUs;\n"
         "                       cost in docs/PERFORMANCE.md); the default is fp32\n"
         "  --json               a JSON array: {file, predicted, probabilities, segments:\n"
         "                       [{start, end, probabilities}], model: {file, corpus, classes,\n"
         "                       heldOutSpeaker, protocol, features, precision}} per input\n",
         runPredict},
        {"attention", "write a file's attention maps (PNG overlays and .npy) on its time axis",
         "usage: emolens-cli attention --model MODEL IN --out DIR [--threads N] [--precision fp32|bf16]\n"
         "\n"
         "Writes, on IN's time axis (10 ms columns, 0-4 kHz rows; overlapping segments averaged):\n"
         "  spectrogram.npy/.png             the companded spectrogram\n"
         "  bottom_up.npy/.png               softmax(B), class-agnostic (attention pooling only)\n"
         "  top_down_<class>.npy/.png        each class map T_k\n"
         "  contribution_<class>.npy/.png    T_k * softmax(B): what each class's score sums\n"
         "  attention.json                   prediction, segments, shapes, axes and the protocol\n",
         runAttention},
        {"export", "write a model as a PyTorch state dict (torch.load in Python)",
         "usage: emolens-cli export --model MODEL --out OUT.pt\n"
         "\n"
         "OUT.pt loads with torch.load into docs/interop/emolens_model.py's EmoLensNet\n"
         "(load_state_dict); OUT.pt.json carries the metadata (protocol, configs).\n",
         runExport},
        {"import", "read a PyTorch state dict back into an EmoLens model file",
         "usage: emolens-cli import IN.pt --out MODEL [--like MODEL2]\n"
         "\n"
         "Reads a state dict (from export, or torch.save(net.state_dict()) in Python) and its\n"
         "IN.pt.json metadata; without the .json, --like names a model whose metadata applies.\n",
         runImport},
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
        std::cout << "emolens-cli " << kVersion << " (commit " << kBuildCommit << ")\n";
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
