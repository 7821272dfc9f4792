// Front-end throughput: segments per second on a synthetic speech-like signal,
// best of several runs (the machines are shared; the best run is the least
// disturbed). Prints one JSON line. Used by scripts/bench, never by ctest.
#include "emolens/FrontEnd.h"

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
    std::printf("{\"impl\": \"emolens\", \"threads\": 1, \"segments\": %zu, \"bestSeconds\": %.4f, "
                "\"segmentsPerSecond\": %.1f, \"checksum\": %.3f}\n",
                segments, best, static_cast<double>(segments) / best, static_cast<double>(checksum));
    return 0;
}
