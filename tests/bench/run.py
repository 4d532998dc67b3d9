"""`make bench`: run every benchmark several times and print a table of medians beside their baselines.

Targets are lines of this table, never assertions in timed tests.
"""

from __future__ import annotations

import compileall
import importlib
import statistics
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ("bench_core", "bench_reports", "bench_gui")
REPEATS = {"build demo province": 3}


def main(argv: list[str]) -> int:
    only = argv[1] if len(argv) > 1 else None
    # Start-ups are measured as an installed client runs: from bytecode (pip compiles a wheel's modules; `make
    # run` compiles the checkout), even where PYTHONDONTWRITEBYTECODE keeps Python from caching it on its own.
    compileall.compile_dir(str(HERE.parent.parent / "officedesk"), quiet=1)
    rows: list[tuple[str, float, float | None, float | None]] = []
    for name in MODULES:
        if not (HERE / f"{name}.py").exists():
            continue
        module = importlib.import_module(name)
        benches: dict[str, Callable[[], tuple[float, float | None]]] = getattr(module, "BENCHES", {})
        for label, fn in benches.items():
            if only and only not in label:
                continue
            fn()  # warm-up: caches, generated data
            # Start-ups vary most on a shared machine (the paired ratio of a single run spans 1.0–1.6×): more runs.
            n = REPEATS.get(label, 21 if label.startswith("client:") else 5)
            results = [fn() for _ in range(n)]
            ours = statistics.median(r[0] for r in results)
            bases = [r[1] for r in results if r[1] is not None]
            base = statistics.median(bases) if bases else None
            # Each run measures ours and its baseline back to back: the median of those paired ratios is steadier
            # on a busy machine than the ratio of the two medians (both are close when the machine is quiet).
            pairs = [r[0] / r[1] for r in results if r[1]]
            ratio = statistics.median(pairs) if pairs else None
            rows.append((label, ours, base, ratio))
            print(f"  … {label}: {ours:.4f} s", file=sys.stderr, flush=True)
    width = max(len(r[0]) for r in rows) if rows else 10
    print(f"{'benchmark'.ljust(width)}  {'median':>10}  {'baseline':>10}  {'ratio':>7}")
    for label, ours, base, paired in rows:
        unit = "M" if " MB" in label else "s"  # memory benchmarks report megabytes
        ratio = f"{paired:6.2f}×" if paired else "      –"
        base_s = f"{base:9.4f}{unit}" if base is not None else "         –"
        print(f"{label.ljust(width)}  {ours:9.4f}{unit}  {base_s}  {ratio}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
