"""Run every benchmark module (`bench_*.py`), each in its own process; fail if one fails.

python -m benchmarks.run [--small]
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    extra = sys.argv[1:]
    failed = []
    for script in sorted(Path(__file__).parent.glob("bench_*.py")):
        module = f"benchmarks.{script.stem}"
        print(f"== {module} {' '.join(extra)}", flush=True)
        if subprocess.run([sys.executable, "-m", module, *extra]).returncode != 0:
            failed.append(module)
    if failed:
        print(f"benchmarks failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
