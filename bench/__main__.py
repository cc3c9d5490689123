"""Run every bench/bench_*.py module's main() in turn, or the ones named on the command line."""

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> None:
    wanted = set(sys.argv[1:])
    folder = Path(__file__).parent
    for module in sorted(pkgutil.iter_modules([str(folder)]), key=lambda m: m.name):
        if not module.name.startswith("bench_") or (wanted and module.name not in wanted):
            continue
        print(f"== {module.name}", flush=True)
        importlib.import_module(f"bench.{module.name}").main()


main()
