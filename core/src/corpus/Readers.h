#pragma once
// Private to core: one reader per corpus kind, and the small text helpers they share.

#include "emolens/Corpus.h"

#include <string>
#include <vector>

namespace emolens::corpus {

CorpusReadResult readIemocap(const std::string &root);
CorpusReadResult readEmodb(const std::string &dir);
CorpusReadResult readCsv(const std::string &file);
/// labels:DIR[?tier=..&map=..&speaker=..]: audio files with TextGrid, EAF or Audacity labels beside them.
CorpusReadResult readLabelled(const std::string &specPath);

/// EmoDB's SSTTTEV.wav file name into \p u (id, speaker, session, gender, label, text,
/// version); false when \p file is not such a name.
bool parseEmodbName(const std::string &file, Utterance &u);

std::string trim(const std::string &s);
std::vector<std::string> split(const std::string &s, char separator);
bool isRegularFile(const std::string &path);
bool isDirectory(const std::string &path);
/// Entries of a directory (names only), sorted, without "." and "..".
std::vector<std::string> listDirectory(const std::string &dir);
std::string joinPath(const std::string &a, const std::string &b);
/// A whole decimal number of seconds >= 0; false for anything else (never throws).
bool parseSeconds(const std::string &text, double &value);
/// Fills durationSeconds from the audio header; false (and a reason) when unreadable.
bool probeDuration(Utterance &u, std::string &reason);

} // namespace emolens::corpus
