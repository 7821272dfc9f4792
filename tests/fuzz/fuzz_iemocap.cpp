// The IEMOCAP readers: an EmoEvaluation file (turn headers, rater lines) and, after a line
// "=====", the dialog's transcription ("TURN [start-end]: text"), in a release layout whose
// turn Ses01F_impro01_F000 has audio.
#include "FuzzSupport.h"
#include "emolens/Corpus.h"

#include "FuzzAudio.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using emolens::fuzz::writeScratch;
    static const bool layout = (writeScratch("iemocap/Session1/sentences/wav/Ses01F_impro01/Ses01F_impro01_F000.wav",
                                             emolens::fuzz::tinyWav()),
                                true);
    (void)layout;
    const std::string text(reinterpret_cast<const char *>(data), size);
    const auto split = text.find("\n=====\n");
    writeScratch("iemocap/Session1/dialog/EmoEvaluation/Ses01F_impro01.txt", text.substr(0, split));
    writeScratch("iemocap/Session1/dialog/transcriptions/Ses01F_impro01.txt",
                 split == std::string::npos ? std::string() : text.substr(split + 7));
    emolens::fuzz::refusesOnlyWithError(
        [&] { emolens::readCorpus("iemocap:" + (emolens::fuzz::scratch() / "iemocap").string()); });
    return 0;
}
