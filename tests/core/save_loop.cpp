// Helper of tst_killsave: saves an annotation file again and again, each version
// complete in itself (every note holds the version's number), until it is killed.
//   emolens-save-loop FILE [ENTRIES]
#include "emolens/Annotations.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    const int entries = argc > 2 ? std::atoi(argv[2]) : 200;
    emolens::AnnotationSet set;
    set.corpusSpec = "csv:/data/corpus.csv";
    for (long version = 1;; ++version) {
        for (int i = 0; i < entries; ++i)
            set.set({"utt" + std::to_string(i), "neutral", i % 2 ? "sad" : "angry",
                     "version " + std::to_string(version), "kill test", "2026-11-26T00:00:00Z"});
        set.save(argv[1]);
        if (version == 1)
            std::printf("saving\n"), std::fflush(stdout);
    }
}
