"""Allow `python -m lvs_desktop`."""

from lvs_desktop.cli import main

raise SystemExit(main())
