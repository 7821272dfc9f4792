"""Peer for bench_frontend: torchaudio's Spectrogram (symmetric Hamming 640, NFFT 1600,
hop 160, |X|, no centring) plus the same peak normalisation and μ-law, on the same
kind of signal and segments, one thread (as the emolens front end serves one thread).
Prints one JSON line. Usage: peer_torchaudio_frontend.py [SECONDS] [REPEATS] [HOP]"""
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
best = float("inf")
with torch.no_grad():
    for _ in range(repeats):
        t0 = time.perf_counter()
        segs = torch.stack([x[s:s + 32000] for s in starts])       # [S, 32000]
        m = spec(segs)[:, :400, :]                                 # [S, 400, 197]
        peak = m.amax(dim=(1, 2), keepdim=True).clamp_min(1e-30)
        out = torch.log1p(255.0 * m / peak) * scale
        out = torch.nn.functional.pad(out, (0, 3))                 # 200 columns
        best = min(best, time.perf_counter() - t0)
print(json.dumps({"impl": "torchaudio", "threads": 1, "segments": len(starts), "bestSeconds": round(best, 4),
                  "audioSecondsPerCpuSecond": round(seconds / best, 1), "torchaudio": torchaudio.__version__}))
