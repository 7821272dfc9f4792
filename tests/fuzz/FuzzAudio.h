#pragma once
// A valid 16 kHz mono 16-bit WAV of 0.1 s, written by hand (no libsndfile in the fixture).
#include <cstdint>
#include <string>

namespace emolens::fuzz {

inline std::string tinyWav()
{
    const std::uint32_t rate = 16000, frames = 1600, dataBytes = frames * 2;
    std::string w;
    auto u32 = [&w](std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            w += static_cast<char>((v >> (8 * i)) & 0xff);
    };
    auto u16 = [&w](std::uint16_t v) {
        w += static_cast<char>(v & 0xff);
        w += static_cast<char>(v >> 8);
    };
    w += "RIFF";
    u32(36 + dataBytes);
    w += "WAVEfmt ";
    u32(16);
    u16(1); // PCM
    u16(1); // mono
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    w += "data";
    u32(dataBytes);
    for (std::uint32_t i = 0; i < frames; ++i)
        u16(static_cast<std::uint16_t>(static_cast<std::int16_t>((i % 40) * 400 - 8000)));
    return w;
}

} // namespace emolens::fuzz
