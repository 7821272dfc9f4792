#pragma once
// Shared by the commands that train: experiment options, the feature store,
// console progress, Ctrl-C as a cooperative cancel, and small file helpers.

#include "Options.h"

#include "emolens/Corpus.h"
#include "emolens/CrossValidation.h"
#include "emolens/FeatureStore.h"
#include "emolens/Progress.h"

#include <memory>
#include <set>
#include <string>

namespace emolens::cli {

/// Reads \p spec and, when protocol.annotations names a file, applies its corrected
/// labels and records the file's digest in \p protocol. Throws Error(BadInput).
CorpusReadResult readCorpusFor(const std::string &spec, Protocol &protocol);

/// Reads the corpus, applies --annotations' corrected labels (recording the file's
/// digest in the protocol) and the protocol; reports what was skipped or excluded on stderr.
Selection selectFromSetup(ExperimentSetup &setup);

/// Set by SIGINT/SIGTERM once installCancelHandler() ran; a second Ctrl-C kills.
CancelToken &cancelToken();
void installCancelHandler();

/// Prints training progress to stderr (one line per epoch, a live line on a terminal).
/// Threads and device from \p options (after finishSetup).
TrainOptions consoleTrainOptions(const std::string &label, const ExperimentOptions &options);

/// Throws Error(Io) unless \p path can be written: its folder exists and is
/// writable. Called before long work, so a bad target fails in a second, not
/// after hours of training.
void requireWritable(const std::string &path);

/// Atomic: PATH.part, then rename. Throws Error(Io).
void writeTextFile(const std::string &path, const std::string &text);

} // namespace emolens::cli
