// Front-end throughput: segments per second on a synthetic speech-like signal,
// best of several runs (the machines are shared; the best run is the least
// disturbed). Prints one JSON line. Used by scripts/bench, never by ctest.
#include "emolens/FrontEnd.h"

#include <fftw3.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>

int main(int argc, char **argv)
{
    const double seconds = argc > 1 ? std::atof(argv[1]) : 60.0;
    const int repeats = argc > 2 ? std::atoi(argv[2]) : 5;
    const int hop = argc > 3 ? std::atoi(argv[3]) : 6400;
    std::mt19937 rng(1);
    std::normal_distribution<float> noise(0.0f, 0.01f);
    std::vector<float> x(static_cast<std::size_t>(seconds * 16000));
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double t = static_cast<double>(i) / 16000.0;
        x[i] = static_cast<float>(0.3 * std::sin(2 * M_PI * (150 + 50 * std::sin(t)) * t)) + noise(rng);
    }
    emolens::FrontEnd frontEnd;
    double best = 1e30;
    std::size_t segments = 0;
    float checksum = 0;
    for (int r = 0; r < repeats; ++r) {
        const auto start = std::chrono::steady_clock::now();
        segments = 0;
        frontEnd.forEachSegment(x, hop, [&](std::size_t, const emolens::Segment &, const float *m) {
            checksum += m[100 * 200 + 5]; // keep the work observable
            ++segments;
        });
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    // The floor: FFTW alone, the same 1600-point r2c plan kind, best of many runs.
    float *in = fftwf_alloc_real(1600);
    fftwf_complex *out = fftwf_alloc_complex(801);
    for (int i = 0; i < 1600; ++i)
        in[i] = i < 640 ? x[static_cast<std::size_t>(i)] : 0.0f;
    fftwf_plan plan = fftwf_plan_dft_r2c_1d(1600, in, out, FFTW_ESTIMATE);
    double fftBest = 1e30;
    for (int r = 0; r < 20; ++r) {
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < 1000; ++i)
            fftwf_execute(plan);
        fftBest =
            std::min(fftBest, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / 1000);
    }
    fftwf_destroy_plan(plan);
    fftwf_free(in);
    fftwf_free(out);
    const double audioSeconds = static_cast<double>(x.size()) / 16000.0;
    // One FFT per 10 ms frame of audio, or 197 per segment computed alone (2.5 segments a second at 0.4 s).
    const double frameFloor = 1.0 / (100.0 * fftBest), segmentFloor = 1.0 / (197.0 * fftBest * 16000.0 / hop);
    std::printf("{\"impl\": \"emolens\", \"threads\": 1, \"segments\": %zu, \"bestSeconds\": %.4f, "
                "\"segmentsPerSecond\": %.1f, \"audioSecondsPerCpuSecond\": %.1f, \"fftMicroseconds\": %.3f, "
                "\"fftFloorAudioSecondsPerCpuSecond\": %.1f, \"fftPerSegmentFloorAudioSecondsPerCpuSecond\": %.1f, "
                "\"checksum\": %.3f}\n",
                segments, best, static_cast<double>(segments) / best, audioSeconds / best, 1e6 * fftBest, frameFloor,
                segmentFloor, static_cast<double>(checksum));
    return 0;
}
