// Writes the fuzzers' seed corpora (tests/fuzz/seeds/TARGET/): small, real-shaped inputs
// made by core's own writers and the test fixtures, so each fuzzer starts past the
// format's magic numbers. The committed seeds came from
//   build/release/tests/emolens-fuzz-seeds tests/fuzz/seeds
#include "TestAudio.h"
#include "emolens/Annotations.h"
#include "emolens/Interchange.h"
#include "emolens/ModelFile.h"
#include "emolens/Npy.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;
using namespace emolens;

namespace {

std::string readText(const fs::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void audioSeeds(const fs::path &dir)
{
    using test::Encoding;
    const auto mono = test::sine(220, 0.05, 16000);
    const auto stereo = test::sine(440, 0.04, 22050); // written as 2 channels of half the frames
    test::writeAudio((dir / "pcm16-16k-mono.wav").string(), mono, 16000, 1, Encoding::WavPcm16);
    test::writeAudio((dir / "pcm24-22k-stereo.wav").string(), stereo, 22050, 2, Encoding::WavPcm24);
    test::writeAudio((dir / "u8-8k.wav").string(), test::sine(300, 0.05, 8000), 8000, 1, Encoding::WavPcmU8);
    test::writeAudio((dir / "float-44k.wav").string(), test::sine(300, 0.02, 44100), 44100, 1, Encoding::WavFloat);
    test::writeAudio((dir / "pcm16-16k.flac").string(), mono, 16000, 1, Encoding::Flac16);
    test::writeAudio((dir / "pcm16-16k.aiff").string(), mono, 16000, 1, Encoding::Aiff16);
    test::writeAudio((dir / "vorbis-16k.ogg").string(), test::sine(220, 0.3, 16000), 16000, 1, Encoding::OggVorbis);
}

void corpusSeeds(const fs::path &seeds, const fs::path &scratch)
{
    // IEMOCAP: the fixture's evaluation file, a line "=====", its transcription.
    const fs::path root = test::writeIemocapFixture((scratch / "iemocap").string());
    const fs::path session = root / "IEMOCAP_full_release" / "Session1" / "dialog";
    fs::create_directories(seeds / "fuzz_iemocap");
    std::ofstream(seeds / "fuzz_iemocap" / "fixture.txt", std::ios::binary)
        << readText(session / "EmoEvaluation" / "Ses01F_impro01.txt") << "\n=====\n"
        << readText(session / "transcriptions" / "Ses01F_impro01.txt");
    // CSV: every column, quoting, a region, a row for the audio beside the manifest.
    fs::create_directories(seeds / "fuzz_csv");
    std::ofstream(seeds / "fuzz_csv" / "full.csv", std::ios::binary) << "path,speaker,label,start,end,session\n"
                                                                        "a.wav,s1,neutral,0,0.05,S1\n"
                                                                        "\"a.wav\",\"s 2\",\"ang\",,,\n"
                                                                        "missing.wav,s3,sad,0.1,0.2,S3\n";
    std::ofstream(seeds / "fuzz_csv" / "minimal.csv", std::ios::binary) << "path,speaker,label\r\na.wav,s1,hap\r\n";
    // EmoDB names.
    fs::create_directories(seeds / "fuzz_emodb_name");
    for (const char *name : {"03a01Fa.wav", "16b10Wb.wav", "08a02Nc.wav"})
        std::ofstream(seeds / "fuzz_emodb_name" / name, std::ios::binary) << name;
}

void fileSeeds(const fs::path &seeds, const fs::path &scratch)
{
    AnnotationSet set;
    set.corpusSpec = "iemocap:/data/IEMOCAP_full_release";
    set.set({"Ses01F_impro01_F000", "neutral", "sad", "breathy", "A. Rater", "2026-11-26T10:00:00Z"});
    set.set({"Ses01F_impro01_M001", "angry", "", "check the laugh", "A. Rater", "2026-11-26T10:01:00Z"});
    fs::create_directories(seeds / "fuzz_annotations");
    std::ofstream(seeds / "fuzz_annotations" / "two.json", std::ios::binary) << set.toJson();

    fs::create_directories(seeds / "fuzz_npy");
    const float values[6] = {0, 0.5f, 1, -1, 2, 3};
    writeNpy((seeds / "fuzz_npy" / "2x3.npy").string(), {2, 3}, values);

    // A model small enough to mutate: 8 x 10 matrices, two narrow layers after conv1.
    ModelMetadata m;
    m.corpusSpec = "csv:/data/corpus.csv";
    m.protocol.classes = {"neutral", "happy", "angry", "sad"};
    m.features.segmentSamples = 1600;
    m.features.trainHopSamples = m.features.evalHopSamples = 800;
    m.features.windowSamples = 160;
    m.features.shiftSamples = 160;
    m.features.fftSize = 160;
    m.features.freqBins = 8;
    m.features.frameColumns = 10;
    m.model.inputHeight = 8;
    m.model.inputWidth = 10;
    m.model.conv1aHeight = m.model.conv1aWidth = m.model.conv1bHeight = m.model.conv1bWidth = 2;
    m.model.conv1Channels = 2;
    m.model.channels = {2, 2};
    m.heldOutSpeaker = "s1";
    m.trainingSpeakers = {"s2", "s3"};
    const AttentionPoolingCnn net(m.model, 1);
    fs::create_directories(seeds / "fuzz_model");
    saveModel((seeds / "fuzz_model" / "tiny.emolens").string(), net, m);
    fs::create_directories(seeds / "fuzz_pt_import");
    exportStateDict((scratch / "tiny.pt").string(), net, m);
    fs::copy_file(scratch / "tiny.pt", seeds / "fuzz_pt_import" / "tiny.pt", fs::copy_options::overwrite_existing);
}

/// Label files of other tools: what EmoLens writes, and hand-written quirks of each format.
void labelSeeds(const fs::path &seeds)
{
    LabelDocument d;
    d.end = 3.0;
    d.mediaFile = "a.wav";
    LabelTier emotion;
    emotion.name = "emotion";
    emotion.vocabulary = "classes";
    emotion.annotator = "Ana";
    emotion.items = {{0.0, 1.25, "angry", 0}, {1.5, 3.0, "sad \"quiet\"", 0}};
    LabelTier p;
    p.name = "p(angry)";
    p.points = true;
    p.items = {{1.0, 1.0, "0.8", 0}, {2.0, 2.0, "0.2", 0}};
    d.tiers = {emotion, p};
    d.vocabularies["classes"] = {"angry", "sad \"quiet\""};
    d.properties["emolens:model"] = "m.emolens";
    auto put = [&](const char *target, const char *name, const std::string &text) {
        fs::create_directories(seeds / target);
        std::ofstream(seeds / target / name, std::ios::binary) << text;
    };
    put("fuzz_textgrid", "long.TextGrid", writeTextGrid(d));
    put("fuzz_textgrid", "short.TextGrid",
        "File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\n0\n2\n<exists>\n1\n\"IntervalTier\"\n\"w\"\n0\n2\n"
        "2\n0\n1\n\"a\"\n1\n2\n\"\"\n");
    std::string u16 = "\xFF\xFE";
    for (char c : std::string("\"ooTextFile\" \"TextGrid\" 0 1 <exists> 1 \"TextTier\" \"p\" 0 1 1 0.5 \"x\""))
        u16 += std::string{c, '\0'};
    put("fuzz_textgrid", "utf16.TextGrid", u16);
    put("fuzz_eaf", "emolens.eaf", writeEaf(d));
    put("fuzz_eaf", "unaligned.eaf",
        "<ANNOTATION_DOCUMENT><HEADER><PROPERTY NAME=\"x\">1</PROPERTY></HEADER><TIME_ORDER>"
        "<TIME_SLOT TIME_SLOT_ID=\"t1\" TIME_VALUE=\"0\"/><TIME_SLOT TIME_SLOT_ID=\"t2\"/>"
        "<TIME_SLOT TIME_SLOT_ID=\"t3\" TIME_VALUE=\"900\"/></TIME_ORDER><TIER TIER_ID=\"e\" "
        "LINGUISTIC_TYPE_REF=\"lt\"><ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" TIME_SLOT_REF1=\"t1\" "
        "TIME_SLOT_REF2=\"t2\"><ANNOTATION_VALUE>hap</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION></ANNOTATION></TIER>"
        "<TIER TIER_ID=\"n\"><ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a2\" ANNOTATION_REF=\"a1\">"
        "<ANNOTATION_VALUE>x</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION></TIER>"
        "<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"lt\" CONTROLLED_VOCABULARY_REF=\"cv\"/>"
        "<CONTROLLED_VOCABULARY CV_ID=\"cv\"><CV_ENTRY>hap</CV_ENTRY></CONTROLLED_VOCABULARY></ANNOTATION_DOCUMENT>");
    put("fuzz_audacity", "labels.txt", writeAudacityLabels(emotion) + "\\\t100\t4000\n2\t2\t\r\n");
    put("fuzz_svcsv", "regions.csv", "time,value,duration,label\n" + writeSvRegions(emotion, {0.9, 0.7}));
    put("fuzz_svcsv", "curve.csv", "0.1,0.25\n0.2,0.5\n1.5,onset\n0.3,0.5,\"a, b\"\n");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s SEEDS_DIR\n", argv[0]);
        return 2;
    }
    try {
        const fs::path seeds = argv[1];
        const fs::path scratch = fs::temp_directory_path() / "emolens-fuzz-seeds";
        fs::remove_all(scratch);
        fs::create_directories(seeds / "fuzz_audio");
        audioSeeds(seeds / "fuzz_audio");
        corpusSeeds(seeds, scratch);
        fileSeeds(seeds, scratch);
        labelSeeds(seeds);
        fs::remove_all(scratch);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s: %s\n", argv[0], e.what());
        return 1;
    }
    return 0;
}
