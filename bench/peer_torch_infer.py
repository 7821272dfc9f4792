"""Peer for inference: the same network (docs/interop/emolens_model.py) in Debian's
PyTorch (python3-torch) at its best: eval, no_grad, batch 32, threads = cores, both
memory formats, FP32 and bfloat16 autocast. Prints one JSON line per variant with
ms per segment (best of REPEATS passes over SEGMENTS segments; one warm-up pass).
Usage: peer_torch_infer.py [SEGMENTS] [REPEATS]"""
import json, os, sys, time
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "docs", "interop"))
from emolens_model import EmoLensNet  # noqa: E402

segments = int(sys.argv[1]) if len(sys.argv) > 1 else 192
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
batch = 32
torch.set_num_threads(os.cpu_count())
torch.manual_seed(1)
x = torch.rand(segments, 1, 400, 200)
net = EmoLensNet().eval()
for fmt in ("nchw", "channels_last"):
    mf = torch.channels_last if fmt == "channels_last" else torch.contiguous_format
    model = net.to(memory_format=mf)
    for precision in ("fp32", "bf16"):
        best = None
        for r in range(repeats + 1):  # the first pass warms up
            t0 = time.perf_counter()
            with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=precision == "bf16"):
                for b in range(0, segments, batch):
                    logits, _, _ = model(x[b:b + batch].contiguous(memory_format=mf))
                    logits.float().softmax(1)
            elapsed = time.perf_counter() - t0
            if r > 0:
                best = elapsed if best is None else min(best, elapsed)
        print(json.dumps({"impl": "pytorch", "format": fmt, "precision": precision, "threads": torch.get_num_threads(),
                          "batch": batch, "msPerSegment": round(1000 * best / segments, 2)}))
