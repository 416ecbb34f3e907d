"""`lvs-desktop demo`: create a vault filled with the synthetic demo region."""

from __future__ import annotations

import argparse
import time

from lvs_desktop.commands.common import add_vault_args, read_passphrase, vault_path
from lvs_desktop.commands.i18n import _


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    demo = sub.add_parser("demo", help=_("create a vault with the synthetic demo region"))
    add_vault_args(demo)
    demo.add_argument(
        "--size",
        choices=("tiny", "small", "large"),
        default="small",
        help=_("small: a few hundred youths; large: the benchmark region"),
    )
    demo.add_argument(
        "--seed", type=int, default=2026, help=_("random seed (same seed, same region)")
    )
    demo.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from lvs_desktop.services.demo import create_demo_vault

    path = vault_path(args)
    passphrase = read_passphrase(args, confirm=True)
    started = time.perf_counter()
    create_demo_vault(path, passphrase, size=args.size, seed=args.seed).lock()
    print(f"Demokluis gemaakt: {path} ({args.size}, {time.perf_counter() - started:.1f} s)")
    return 0
