"""The convolution floor: how fast the network's 3x3 convolutions alone run through the
oneDNN kernels inside Debian's LibTorch (python3-torch is built from the same source package
as libtorch-dev, so these are the kernels emolens-cli calls for conv2..conv5). Everything else
a step does (first layer, batch norm, ReLU, pooling, attention pooling, loss, SGD) is left out,
so no implementation calling these kernels can be faster than this figure.

Prints one JSON line per case, threads = cores, channels_last (their faster format here):
  inference: forward only, batch 16 (as predict), fp32 and bf16 -> msPerSegment;
  training: forward + input gradient + weight gradient, batch 64, fp32 and bf16 (weights kept
  in float32 and converted per step, as autocast and --train-precision bf16 do) -> segmentsPerSecond.
Each figure is the best of REPEATS timed passes after one warm-up pass.
Usage: conv_floor.py [REPEATS]"""
import json, os, sys, time
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "docs", "interop"))
from emolens_model import EmoLensNet  # noqa: E402

repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 3
torch.set_num_threads(os.cpu_count())
torch.manual_seed(1)
net = EmoLensNet()
# Input height x width of each 3x3 convolution for a 400x200 segment: the first layer gives
# 399x199; 2x2 max-pooling follows conv2 and conv3.
shapes = [(399, 199), (199, 99), (99, 49), (99, 49)]
gflop = sum(2 * c.in_channels * c.out_channels * 9 * h * w for c, (h, w) in zip(net.convs, shapes)) / 1e9


def layers(batch, dtype):
    out = []
    for conv, (h, w) in zip(net.convs, shapes):
        x = torch.rand(batch, conv.in_channels, h, w).to(dtype).contiguous(memory_format=torch.channels_last)
        wt = conv.weight.detach().contiguous(memory_format=torch.channels_last)
        g = torch.rand(batch, conv.out_channels, h, w).to(dtype).contiguous(memory_format=torch.channels_last)
        out.append((x, wt, conv.bias.detach(), g))
    return out


def best_of(fn):
    fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


for precision, dtype in (("fp32", torch.float32), ("bf16", torch.bfloat16)):
    batch = 16
    ls = layers(batch, dtype)

    def forward():
        with torch.no_grad():
            for x, wt, b, _ in ls:
                F.conv2d(x, wt.to(dtype), b.to(dtype), padding=1)
    t = best_of(forward)
    print(json.dumps({"pass": "inference", "precision": precision, "threads": torch.get_num_threads(), "batch": batch,
                      "msPerSegment": round(1000 * t / batch, 3), "gflops": round(gflop * batch / t, 1)}))

    batch = 64
    ls = layers(batch, dtype)
    for x, _, _, _ in ls:
        # Every input is a learned layer's output (conv2's: the first layer's): its gradient is needed.
        x.requires_grad_(True)

    def step():
        for x, wt, b, g in ls:
            w = wt.clone().requires_grad_(True)
            bb = b.clone().requires_grad_(True)
            y = F.conv2d(x, w.to(dtype), bb.to(dtype), padding=1)
            y.backward(g)
            x.grad = None
    t = best_of(step)
    print(json.dumps({"pass": "training", "precision": precision, "threads": torch.get_num_threads(), "batch": batch,
                      "segmentsPerSecond": round(batch / t, 2), "gflops": round(3 * gflop * batch / t, 1)}))
