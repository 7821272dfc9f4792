#!/usr/bin/python3
"""Peer for bench_frontend: the NumPy reference front end (vectorised over all
frames of a segment, numpy.fft.rfft: its fastest form; NumPy's FFT has no
thread option, so one thread is its best) on the same kind of signal."""
import json
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "reference"))
from frontend_reference import features  # noqa: E402

seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
hop = int(sys.argv[3]) if len(sys.argv) > 3 else 6400
rng = np.random.default_rng(1)
t = np.arange(int(seconds * 16000)) / 16000.0
x = 0.3 * np.sin(2 * np.pi * (150 + 50 * np.sin(t)) * t) + 0.01 * rng.standard_normal(len(t))
best = float("inf")
for _ in range(repeats):
    start = time.perf_counter()
    out = features(x, hop)
    best = min(best, time.perf_counter() - start)
print(json.dumps({"impl": "numpy", "threads": 1, "segments": int(out.shape[0]), "bestSeconds": round(best, 4),
                  "segmentsPerSecond": round(out.shape[0] / best, 1), "numpy": np.__version__}))
