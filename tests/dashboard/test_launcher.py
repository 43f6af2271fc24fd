"""``dxpolicy --hash-passphrase``: the line to put in the server's environment, never the passphrase."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from analysis.access import verify_passphrase

ROOT = Path(__file__).resolve().parents[2]


def _hash(passphrase: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "--hash-passphrase"],
        cwd=ROOT,
        input=passphrase + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_the_printed_hash_verifies_the_passphrase_and_does_not_hold_it() -> None:
    done = _hash("biên tập viên 2025")
    assert done.returncode == 0 and done.stderr == ""
    name, _, quoted = done.stdout.strip().partition("=")
    assert name == "DXPOLICY_EDITOR_PASSPHRASE_HASH" and quoted[0] == quoted[-1] == "'"
    assert verify_passphrase("biên tập viên 2025", quoted[1:-1])
    assert not verify_passphrase("bien tap vien 2025", quoted[1:-1])
    assert "biên" not in done.stdout


def test_a_short_passphrase_is_refused_with_a_message() -> None:
    done = _hash("ngắn")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == "error: a passphrase needs at least 8 characters; choose a longer one\n"
