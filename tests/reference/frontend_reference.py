#!/usr/bin/python3
"""Independent NumPy implementation of EmoLens's front end (docs/FRONTEND.md),
used to cross-check `emolens-cli features` to within 1e-4.

Shares no code with EmoLens: numpy.hamming (symmetric), numpy.fft.rfft in
double precision, its own segmentation.

  frontend_reference.py --cli PATH --synthetic DIR   # synthetic speech-like signal
  frontend_reference.py --cli PATH --wav A.wav ...   # 16-bit PCM 16 kHz files

Exit codes: 0 agree, 1 disagree, 77 numpy missing (ctest treats 77 as skipped).
"""
import argparse
import json
import os
import subprocess
import sys
import wave

try:
    import numpy as np
except ImportError:
    print("SKIPPED: numpy is not installed for", sys.executable)
    sys.exit(77)

L, WIN, SHIFT, NFFT, ROWS, COLS, MU = 32000, 640, 160, 1600, 400, 200, 255.0
TOLERANCE = 1e-4  # the agreement bound


def segment_starts(n, hop):
    if n < L:
        return [0]
    starts = list(range(0, n - L + 1, hop))
    if starts[-1] + L < n:
        starts.append(n - L)
    return starts


def features(signal, hop):
    window = np.hamming(WIN)
    frames = 1 + (L - WIN) // SHIFT
    out = []
    for start in segment_starts(len(signal), hop):
        seg = np.zeros(L)
        chunk = signal[start:start + L]
        seg[:len(chunk)] = chunk
        idx = np.arange(frames)[:, None] * SHIFT + np.arange(WIN)[None, :]
        spectrum = np.abs(np.fft.rfft(seg[idx] * window, n=NFFT, axis=1))[:, :ROWS]
        m = np.zeros((ROWS, COLS))
        m[:, :frames] = spectrum.T
        peak = m.max()
        if peak > 0:
            m = m / peak
        out.append(np.sign(m) * np.log1p(MU * np.abs(m)) / np.log1p(MU))
    return np.stack(out)


def read_pcm16(path):
    with wave.open(path, "rb") as w:
        if w.getsampwidth() != 2 or w.getframerate() != 16000:
            raise SystemExit(f"{path}: the reference reads 16-bit PCM at 16 kHz only")
        data = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
        return data.reshape(-1, w.getnchannels()).mean(axis=1)


def write_pcm16(path, x):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes((np.clip(x, -1, 32767 / 32768) * 32768).astype("<i2").tobytes())


def synthetic(directory):
    os.makedirs(directory, exist_ok=True)
    rng = np.random.default_rng(3)
    t = np.arange(int(5.3 * 16000)) / 16000.0
    f0 = 140 + 60 * np.sin(2 * np.pi * 0.4 * t)
    phase = 2 * np.pi * np.cumsum(f0) / 16000.0
    voiced = sum(np.sin(h * phase) / h for h in range(1, 20))
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3 * t) ** 2
    x = 0.15 * voiced * envelope + 0.01 * rng.standard_normal(len(t))
    path = os.path.join(directory, "16000-1-16-speechlike.wav")
    write_pcm16(path, x)
    return path


def compare(cli, path, hop, workdir):
    out = os.path.join(workdir, os.path.basename(path) + ".npy")
    subprocess.run([cli, "features", path, "--hop", str(hop), "--out", out], check=True,
                   stderr=subprocess.DEVNULL)
    ours = np.load(out)
    ref = features(read_pcm16(path), int(round(hop * 16000)))
    if ours.shape != ref.shape:
        print(f"{path}: shape {ours.shape} != reference {ref.shape}")
        return float("inf")
    return float(np.max(np.abs(ours.astype(np.float64) - ref)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--synthetic", metavar="DIR")
    p.add_argument("--wav", nargs="*", default=[])
    p.add_argument("--json", action="store_true", help="print a JSON summary")
    a = p.parse_args()
    files = a.wav + ([synthetic(a.synthetic)] if a.synthetic else [])
    workdir = a.synthetic or os.path.dirname(os.path.abspath(files[0]))
    worst = {}
    for f in files:
        for hop in (0.4, 1.0):
            worst[f"{os.path.basename(f)}@{hop}"] = compare(a.cli, f, hop, workdir)
    overall = max(worst.values())
    if a.json:
        print(json.dumps({"files": len(files), "maxAbsDiff": overall, "tolerance": TOLERANCE}))
    else:
        for k, v in worst.items():
            print(f"{k}: max |ours - reference| = {v:.3g}")
    print(f"{len(files)} file(s), max |diff| = {overall:.3g} (tolerance {TOLERANCE})")
    return 0 if overall < TOLERANCE else 1


if __name__ == "__main__":
    sys.exit(main())
