"""Peer for bench_train: the same network (docs/interop/emolens_model.py) trained
the same way in Debian's PyTorch (python3-torch), threads = cores, in both memory
formats in float32 and channels_last with bfloat16 autocast; one JSON line per run. Usage:
peer_torch_train.py [BATCHES] [BATCH] [DEVICE]; DEVICE cpu (default) or cuda (scripts/gpu-check:
a CUDA torch, each batch copied from pinned memory as a DataLoader would; cuDNN autotuned, the
peer at its best, and deterministic, as EmoLens trains on a GPU)."""
import json, os, sys, time
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "docs", "interop"))
from emolens_model import EmoLensNet  # noqa: E402

batches = int(sys.argv[1]) if len(sys.argv) > 1 else 4
batch = int(sys.argv[2]) if len(sys.argv) > 2 else 64
device = torch.device(sys.argv[3] if len(sys.argv) > 3 else "cpu")
torch.set_num_threads(os.cpu_count())
torch.manual_seed(1)
x = torch.rand(batches, batch, 1, 400, 200)
y = torch.randint(0, 4, (batches, batch))
if device.type == "cuda":
    x, y = x.pin_memory(), y.pin_memory()
cudnn_modes = ("autotuned", "deterministic") if device.type == "cuda" else (None,)
for cudnn in cudnn_modes:
    torch.backends.cudnn.benchmark = cudnn == "autotuned"
    torch.backends.cudnn.deterministic = cudnn == "deterministic"
    for fmt, precision in (("nchw", "fp32"), ("channels_last", "fp32"), ("channels_last", "bf16")):
        net = EmoLensNet()
        mf = torch.channels_last if fmt == "channels_last" else torch.contiguous_format
        net = net.to(device=device, memory_format=mf)
        opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9, nesterov=True, weight_decay=1e-4)
        net.train()
        best = None
        for epoch in range(2):  # first epoch warms up, as in bench_train
            t0 = time.perf_counter()
            for b in range(batches):
                opt.zero_grad()
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=precision == "bf16"):
                    xb = x[b].to(device, non_blocking=True).contiguous(memory_format=mf)
                    logits, _, _ = net(xb)
                    loss = F.cross_entropy(logits.float(), y[b].to(device, non_blocking=True))
                loss.backward()
                opt.step()
                loss.item()  # waits for the step (on a GPU too)
            best = time.perf_counter() - t0
        print(json.dumps({"device": str(device), **({"cudnn": cudnn} if cudnn else {}), "format": fmt, "precision": precision, "threads": torch.get_num_threads(), "batch": batch,
                          "segmentsPerSecond": round(batches * batch / best, 2)}))
