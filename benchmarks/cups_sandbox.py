"""A private CUPS scheduler in a folder of its own, with one queue that writes each job to a file.

For the print tests and the print benchmark: the real `lp` and `cupsd` of the machine, but with
their own configuration, spool and socket under the given folder, so nothing of the machine's
own print system is used or changed. The queue's backend (a few lines of shell, installed in
the sandbox's own ServerBin) writes job N to `out/N.pdf` and its copies and options to
`out/N.args`. Needs Debian's `cups` package and root (cupsd runs its backends as root here);
`available()` says whether both are there.

    with PrivateCups(tmp_path) as cups:   # sets CUPS_SERVER for this process
        ...lp -d cups.queue ...
        cups.wait_for_jobs(3)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType

QUEUE = "lvs-test"
SYSTEM_SERVER_BIN = Path("/usr/lib/cups")

BACKEND = """#!/bin/sh
# argv: job-id user title copies options [file]; DEVICE_URI=lvsfile:/folder
if [ $# -eq 0 ]; then echo 'direct lvsfile "Unknown" "LVS test spool"'; exit 0; fi
dir="${DEVICE_URI#lvsfile:}"
printf 'copies=%s\\noptions=%s\\n' "$4" "$5" > "$dir/$1.args.part"
if [ -n "$6" ]; then cat "$6" > "$dir/$1.pdf.part"; else cat > "$dir/$1.pdf.part"; fi
mv "$dir/$1.pdf.part" "$dir/$1.pdf"
mv "$dir/$1.args.part" "$dir/$1.args"
exit 0
"""


def available() -> bool:
    tools = all(shutil.which(t) for t in ("cupsd", "lp", "lpadmin"))
    return tools and os.geteuid() == 0 and (SYSTEM_SERVER_BIN / "daemon" / "cups-exec").exists()


class PrivateCups:
    """Start with `with`; `out` holds the printed jobs; `queue` is the printer's name."""

    def __init__(self, folder: Path) -> None:
        self.root = folder / "cups"
        self.out = self.root / "out"
        self.socket = self.root / "cups.sock"
        self.queue = QUEUE
        self._process: subprocess.Popen[bytes] | None = None
        self._old_server: str | None = None

    def __enter__(self) -> PrivateCups:
        self._configure()
        conf = self.root / "conf"
        self._process = subprocess.Popen(
            ["cupsd", "-f", "-c", str(conf / "cupsd.conf"), "-s", str(conf / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._old_server = os.environ.get("CUPS_SERVER")
        os.environ["CUPS_SERVER"] = str(self.socket)
        self._wait(lambda: self.socket.exists(), "cupsd did not start")
        subprocess.run(
            ["lpadmin", "-p", self.queue, "-E", "-v", f"lvsfile:{self.out}", "-m", "raw"],
            check=True,
            capture_output=True,
        )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._old_server is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = self._old_server
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)

    def jobs(self) -> list[Path]:
        """The printed jobs' files, in job order."""
        return sorted(self.out.glob("*.pdf"), key=lambda p: int(p.stem))

    def wait_for_jobs(self, count: int, timeout_s: float = 20.0) -> list[Path]:
        self._wait(lambda: len(self.jobs()) >= count, f"fewer than {count} jobs", timeout_s)
        return self.jobs()

    def spool_files(self) -> list[Path]:
        """What is left in the scheduler's spool folder (nothing, once the jobs are done)."""
        return [p for p in (self.root / "spool").rglob("*") if p.is_file() and p.name[0] == "d"]

    def _wait(self, done: object, message: str, timeout_s: float = 20.0) -> None:
        deadline = time.monotonic() + timeout_s
        while not done():  # type: ignore[operator]
            if time.monotonic() > deadline:
                raise TimeoutError(message)
            time.sleep(0.02)

    def _configure(self) -> None:
        for sub in ("conf/ppd", "spool", "tmp", "state", "cache", "log", "out", "bin/backend"):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        bin_dir = self.root / "bin"
        for sub in ("daemon", "filter"):
            link = bin_dir / sub
            if not link.exists():
                link.symlink_to(SYSTEM_SERVER_BIN / sub)
        backend = bin_dir / "backend" / "lvsfile"
        backend.write_text(BACKEND)
        backend.chmod(0o700)
        (self.root / "conf" / "cupsd.conf").write_text(
            f"Listen {self.socket}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
            "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n"
        )
        r = self.root
        (r / "conf" / "cups-files.conf").write_text(
            f"ServerRoot {r / 'conf'}\nRequestRoot {r / 'spool'}\nTempDir {r / 'tmp'}\n"
            f"ServerBin {bin_dir}\nStateDir {r / 'state'}\nCacheDir {r / 'cache'}\n"
            f"ErrorLog {r / 'log' / 'error_log'}\nAccessLog {r / 'log' / 'access_log'}\n"
            f"PageLog {r / 'log' / 'page_log'}\nSystemGroup root\n"
        )
