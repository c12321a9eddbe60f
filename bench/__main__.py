"""``make bench``: runs every ``bench/bench_*.py`` module's ``main()`` in turn."""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
from pathlib import Path


def main() -> int:
    """Run the benchmarks named on the command line, or all of them."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Benchmarks never touch the real library.
    os.environ["AGORA_DATA_DIR"] = tempfile.mkdtemp(prefix="agora-bench-")
    wanted = set(sys.argv[1:])
    folder = Path(__file__).resolve().parent
    for module in sorted(pkgutil.iter_modules([str(folder)]), key=lambda m: m.name):
        if not module.name.startswith("bench_") or (wanted and module.name not in wanted):
            continue
        print(f"\n== {module.name} ==", flush=True)
        importlib.import_module(f"bench.{module.name}").main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
