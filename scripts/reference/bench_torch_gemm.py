"""PyTorch counterpart of `npm run bench:gemm`: float32 matmul GFLOP/s at the same square sizes
and transpose modes, at a given thread count (torch.set_num_threads). Outside CI; for comparing
medtune's native path with PyTorch on the same machine, runs alternated.

Usage: /usr/bin/python3 scripts/reference/bench_torch_gemm.py [--threads K] [--sizes 512,1024,2048]
Prints a table and ends with one JSON line (also written to out/bench/gemm-torch.json).
"""
import argparse
import json
import os
import time

import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--threads", type=int, default=os.cpu_count())
    ap.add_argument("--sizes", default="512,1024,2048")
    ap.add_argument("--reps", type=int, default=0)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    rows = []
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    print("   n  mode   median ms   GFLOP/s (median)   GFLOP/s (best)")
    for n in [int(s) for s in args.sizes.split(",")]:
        g = torch.Generator().manual_seed(1)
        a = torch.randn(n, n, generator=g)
        b = torch.randn(n, n, generator=g)
        reps = args.reps or max(5, round(5e10 / (2 * n**3)))
        for ta, tb in [(False, False), (False, True), (True, False), (True, True)]:
            mode = ("T" if ta else "N") + ("T" if tb else "N")
            # .t() is a strided view, so BLAS receives the transpose flag, as tf.matMul's kernel does.
            x = a.t() if ta else a
            y = b.t() if tb else b
            torch.matmul(x, y)
            times = []
            for _ in range(reps):
                t0 = time.perf_counter()
                torch.matmul(x, y)
                times.append(time.perf_counter() - t0)
            times.sort()
            s = times[len(times) // 2]
            gflops = 2 * n**3 / s / 1e9
            best = 2 * n**3 / times[0] / 1e9  # fastest repetition, as bench:gemm reports it
            rows.append({"n": n, "mode": mode, "ms": s * 1000, "gflops": gflops, "best_gflops": best})
            print(f"{n:4d}  {mode}   {s * 1000:9.2f}   {gflops:16.1f}   {best:14.1f}")
    result = {"bench": "gemm", "backend": "torch", "torch": torch.__version__, "threads": torch.get_num_threads(), "rows": rows}
    os.makedirs("out/bench", exist_ok=True)
    tmp = f"out/bench/gemm-torch.json.tmp-{os.getpid()}"
    with open(tmp, "w") as f:
        json.dump(result, f)
    os.replace(tmp, "out/bench/gemm-torch.json")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
