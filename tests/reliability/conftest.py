"""The reliability suite (`-m reliability`): kill -9, damaged bundles, plaintext on disk.

CI size by default (in `make test`, under a minute on two cores); the benchmark size with
`LVS_RELIABILITY_SCALE=full` (figures printed, run with -s). The children it kills are forked
from a forkserver with the program preloaded (`reliability_children.py`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # for the forkserver's children
