"""Small timing helpers shared by the benchmarks: medians of repeated runs, printed with ratios."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls of ``action``."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, value: float, floor: float | None = None, budget_ratio: float | None = None) -> bool:
    """Print one measurement (ms), its floor and ratio, and whether it meets its budget."""
    line = f"{name}: {value * 1000:.3f} ms"
    ok = True
    if floor is not None:
        ratio = value / floor
        line += f" | floor {floor * 1000:.3f} ms | ratio {ratio:.2f}×"
        if budget_ratio is not None:
            ok = ratio <= budget_ratio
            line += f" (budget ≤ {budget_ratio}×: {'OK' if ok else 'DÉPASSÉ'})"
    print(line, flush=True)
    return ok
