"""Peer for bench_frontend: torchaudio's Spectrogram (symmetric Hamming 640, NFFT 1600,
hop 160, |X|, no centring) plus the same peak normalisation and μ-law, on the same
kind of signal and segments, one thread (as the emolens front end serves one thread).
Two forms, the faster one counts (the peer at its best):
- "batched": every segment's 197 frames transformed in one batched call;
- "shared": the whole signal's frames transformed once and each segment on the frame
  grid gathered from them (as EmoLens shares frames between overlapping segments);
  the final segment that ends at the last sample, off the grid, transformed alone.
Both are checked to agree (< 1e-5). Prints one JSON line.
Usage: peer_torchaudio_frontend.py [SECONDS] [REPEATS] [HOP]"""
import json, math, sys, time
import torch
import torchaudio

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
hop = int(sys.argv[3]) if len(sys.argv) > 3 else 6400
torch.set_num_threads(1)
torch.manual_seed(1)
n = int(seconds * 16000)
t = torch.arange(n, dtype=torch.float64) / 16000.0
x = (0.3 * torch.sin(2 * math.pi * (150 + 50 * torch.sin(t)) * t) + 0.01 * torch.randn(n, dtype=torch.float64)).float()
starts = list(range(0, n - 32000 + 1, hop))
if starts[-1] + 32000 < n:
    starts.append(n - 32000)
spec = torchaudio.transforms.Spectrogram(n_fft=1600, win_length=640, hop_length=160, power=1.0, center=False,
                                         window_fn=lambda w: torch.hamming_window(w, periodic=False))
scale = 1.0 / math.log1p(255.0)
# torch.stft centres a shorter window in its n_fft-long frame: frame f of a signal
# padded with 480 zeros on both sides is frame f of the paper (samples 160 f ...
# 160 f + 639), and a 2 s segment has all 197 frames (unpadded: only 191).
edge = (1600 - 640) // 2


def compand(m):  # [S, 400, 197] -> [S, 400, 200]
    peak = m.amax(dim=(1, 2), keepdim=True).clamp_min(1e-30)
    return torch.nn.functional.pad(torch.log1p(255.0 * m / peak) * scale, (0, 3))


def batched():
    segs = torch.nn.functional.pad(torch.stack([x[s:s + 32000] for s in starts]), (edge, edge))
    return compand(spec(segs)[:, :400, :])                    # [S, 400, 197]


on_grid = [s for s in starts if s % 160 == 0]
off_grid = [s for s in starts if s % 160 != 0]
gather = (torch.tensor([s // 160 for s in on_grid])[:, None] + torch.arange(197)[None, :]).reshape(-1)


def shared():
    frames = spec(torch.nn.functional.pad(x, (edge, edge)))[:400, :]  # [400, every frame], each once
    m = frames.index_select(1, gather).reshape(400, len(on_grid), 197).permute(1, 0, 2)
    out = compand(m)
    if off_grid:
        alone = compand(spec(torch.nn.functional.pad(torch.stack([x[s:s + 32000] for s in off_grid]), (edge, edge)))[:, :400, :])
        out = torch.cat([out, alone])                          # the off-grid segment is the last one
    return out


result = {"impl": "torchaudio", "threads": 1, "segments": len(starts), "torchaudio": torchaudio.__version__}
with torch.no_grad():
    a, b = batched(), shared()
    if a.shape != (len(starts), 400, 200) or b.shape != a.shape:
        sys.exit(f"peer_torchaudio_frontend: shapes {tuple(a.shape)}, {tuple(b.shape)}")
    difference = (a - b).abs().max().item()
    if difference > 1e-5:
        sys.exit(f"peer_torchaudio_frontend: the two forms differ by {difference}")
    for name, form in (("batched", batched), ("shared", shared)):
        best = float("inf")
        for _ in range(repeats):
            t0 = time.perf_counter()
            form()
            best = min(best, time.perf_counter() - t0)
        result[name + "AudioSecondsPerCpuSecond"] = round(seconds / best, 1)
result["form"] = max(("batched", "shared"), key=lambda f: result[f + "AudioSecondsPerCpuSecond"])
result["audioSecondsPerCpuSecond"] = result[result["form"] + "AudioSecondsPerCpuSecond"]
print(json.dumps(result))
