// The convolution floors, through oneDNN itself (the libdnnl.so.2 Debian's LibTorch calls):
// the network's four 3x3 convolutions for a batch of 400x200 segments, forward inference,
// each algorithm and precision oneDNN 2.6 offers for them on this CPU:
//   direct, float32, channels_last (what emolens-cli's float32 path runs),
//   direct, bfloat16, channels_last (the default path where the CPU has AVX512-BF16),
//   Winograd F(4x4, 3x3), float32 (oneDNN has no bfloat16 Winograd); its kernels take only
//   blocked layouts (nChw16c), so the reorders from and to channels_last are timed too.
// Everything else a forward pass does is left out: no implementation calling these kernels
// can be faster than these figures. One JSON line per case, threads = oneDNN's (all cores).
// Usage: bench_convolutions [BATCH [REPEATS]]
#include <oneapi/dnnl/dnnl.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

namespace {

using namespace dnnl;
using Tag = memory::format_tag;
using Type = memory::data_type;

struct Layer {
    int in, out, height, width; ///< channels and the input's size (padding 1 keeps it)
};
// conv2..conv5 for a 400x200 segment: the first layer gives 399x199 with 16 channels;
// 2x2 max-pooling follows conv2 and conv3.
constexpr Layer kLayers[] = {{16, 32, 399, 199}, {32, 48, 199, 99}, {48, 64, 99, 49}, {64, 80, 99, 49}};

struct Case {
    const char *precision, *name;
    dnnl::algorithm alg;
    Type type;
    bool blocked; ///< oneDNN picks the layout (Winograd: blocked) and the reorders are timed
};

struct Timed {
    double ms = 0, reorderMs = 0;
    std::string impl;
};

void fill(memory &m)
{
    auto *p = static_cast<unsigned char *>(m.get_data_handle());
    const std::size_t n = m.get_desc().get_size();
    for (std::size_t i = 0; i < n; ++i)
        p[i] = static_cast<unsigned char>((i * 7) % 61); // finite values in every type
}

template <class F> double bestOf(int repeats, F &&f)
{
    f(); // warm-up (and the JIT's first call)
    double best = 1e300;
    for (int r = 0; r < repeats; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        best = std::min(best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

Timed timeLayer(engine &eng, stream &s, const Case &c, const Layer &l, int batch, int repeats)
{
    const memory::dims src{batch, l.in, l.height, l.width}, wei{l.out, l.in, 3, 3}, bias{l.out},
        dst{batch, l.out, l.height, l.width};
    const Tag layout = c.blocked ? Tag::any : Tag::nhwc;
    const auto d = convolution_forward::desc(prop_kind::forward_inference, c.alg, memory::desc(src, c.type, layout),
                                             memory::desc(wei, c.type, Tag::any), memory::desc(bias, Type::f32, Tag::x),
                                             memory::desc(dst, c.type, layout), {1, 1}, {1, 1}, {1, 1});
    const convolution_forward::primitive_desc pd(d, eng);
    memory sm(pd.src_desc(), eng), wm(pd.weights_desc(), eng), bm(pd.bias_desc(), eng), dm(pd.dst_desc(), eng);
    fill(sm);
    fill(wm);
    fill(bm);
    convolution_forward conv(pd);
    std::unordered_map<int, memory> args{
        {DNNL_ARG_SRC, sm}, {DNNL_ARG_WEIGHTS, wm}, {DNNL_ARG_BIAS, bm}, {DNNL_ARG_DST, dm}};
    Timed t;
    t.impl = pd.impl_info_str();
    t.ms = bestOf(repeats, [&] {
        conv.execute(s, args);
        s.wait();
    });
    if (c.blocked) { // channels_last in, channels_last out, as the rest of the network keeps them
        memory nhwcSrc({src, c.type, Tag::nhwc}, eng), nhwcDst({dst, c.type, Tag::nhwc}, eng);
        fill(nhwcSrc);
        reorder in(nhwcSrc, sm), out(dm, nhwcDst);
        t.reorderMs = bestOf(repeats, [&] {
            in.execute(s, nhwcSrc, sm);
            out.execute(s, dm, nhwcDst);
            s.wait();
        });
    }
    return t;
}

} // namespace

int main(int argc, char **argv)
{
    const int batch = argc > 1 ? std::max(1, std::atoi(argv[1])) : 16;
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    double gflop = 0;
    for (const Layer &l : kLayers)
        gflop += 2.0 * l.in * l.out * 9 * l.height * l.width / 1e9;
    engine eng(engine::kind::cpu, 0);
    stream s(eng);
    const Case cases[] = {
        {"fp32", "direct", algorithm::convolution_direct, Type::f32, false},
        {"bf16", "direct", algorithm::convolution_direct, Type::bf16, false},
        {"fp32", "winograd", algorithm::convolution_winograd, Type::f32, true},
    };
    for (const Case &c : cases) {
        double ms = 0, reorderMs = 0;
        std::string impls;
        bool available = true;
        for (const Layer &l : kLayers) {
            try {
                const Timed t = timeLayer(eng, s, c, l, batch, repeats);
                ms += t.ms;
                reorderMs += t.reorderMs;
                impls += (impls.empty() ? "" : ",") + ("\"" + t.impl + "\"");
            } catch (const error &e) {
                available = false; // e.g. Winograd on a CPU without AVX-512
                std::fprintf(stderr, "bench_convolutions: %s %s: not available here (%s)\n", c.precision, c.name,
                             e.what());
                break;
            }
        }
        if (!available) {
            std::printf("{\"precision\": \"%s\", \"algorithm\": \"%s\", \"available\": false}\n", c.precision, c.name);
            continue;
        }
        std::printf("{\"precision\": \"%s\", \"algorithm\": \"%s\", \"available\": true, \"batch\": %d, "
                    "\"msPerSegment\": %.3f, \"reorderMsPerSegment\": %.3f, \"gflops\": %.1f, \"kernels\": [%s]}\n",
                    c.precision, c.name, batch, ms / batch, reorderMs / batch, gflop * batch / (ms / 1000),
                    impls.c_str());
    }
    return 0;
}
