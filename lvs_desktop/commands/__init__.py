"""Headless subcommands of `lvs-desktop`; each module has `register(subparsers)`."""
