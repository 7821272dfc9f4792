// Writes the test corpora to a folder, for driving the real program by hand or by
// script (Xvfb + xdotool) on data every test uses:
//   emolens-test-fixture iemocap DIR           -> spec iemocap:DIR
//   emolens-test-fixture synthetic DIR [N [K]] -> spec csv:<printed path> (N speakers, K per class of
//                                                  the default four: neutral, happy, angry, sad)
#include "TestAudio.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <string>

int main(int argc, char **argv)
{
    const std::string kind = argc > 1 ? argv[1] : "";
    if (argc < 3 || (kind != "iemocap" && kind != "synthetic")) {
        std::fprintf(stderr, "usage: %s iemocap|synthetic DIR [SPEAKERS [PER_CLASS]]\n", argv[0]);
        return 2;
    }
    try {
        std::filesystem::create_directories(argv[2]);
        if (kind == "iemocap") {
            std::printf("iemocap:%s\n", emolens::test::writeIemocapFixture(argv[2]).c_str());
        } else {
            const int speakers = argc > 3 ? std::atoi(argv[3]) : 4;
            const int perClass = argc > 4 ? std::atoi(argv[4]) : 4;
            std::printf("csv:%s\n", emolens::test::writeSyntheticCorpus(argv[2], speakers, perClass,
                                                                        {"neutral", "happy", "angry", "sad"})
                                        .c_str());
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
        return 1;
    }
    return 0;
}
