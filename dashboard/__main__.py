"""Start the dashboard: ``dxpolicy [CORPUS_FOLDER ...]`` or ``python -m dashboard [CORPUS_FOLDER ...]``.

Extra article folders are analysed together with the bundled seeds; they can also be given in
``$DXPOLICY_CORPUS`` (separated by the OS path separator). ``--no-seeds`` leaves the seeds out.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from analysis.text import strip_controls

APP = Path(__file__).resolve().parent / "app.py"


def listening_url(address: str, port: int) -> str:
    """The address a browser opens ("0.0.0.0" listens everywhere and is reached as localhost).

    >>> listening_url("127.0.0.1", 8501)
    'http://127.0.0.1:8501'
    """
    host = "localhost" if address in {"0.0.0.0", "::", ""} else address
    return f"http://{host}:{port}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="dxpolicy", description="Open the digital-transformation policy dashboard"
    )
    parser.add_argument(
        "corpus", nargs="*", type=Path, help="extra folders or files of articles (.txt .md .html .docx .pdf)"
    )
    parser.add_argument("--no-seeds", action="store_true", help="leave the bundled seed articles out")
    parser.add_argument("--port", type=int, default=8501)
    parser.add_argument("--address", default="127.0.0.1")
    parser.add_argument("--headless", action="store_true", help="do not open a browser window")
    args = parser.parse_args(argv)

    missing = [str(path) for path in args.corpus if not path.exists()]
    if missing:
        listed = strip_controls(", ".join(missing))  # a path is printed to the terminal as text
        print(f"error: no such file or folder: {listed}; check the path", file=sys.stderr)
        return 2
    extra = [str(path.resolve()) for path in args.corpus]
    existing = [part for part in os.environ.get("DXPOLICY_CORPUS", "").split(os.pathsep) if part]
    os.environ["DXPOLICY_CORPUS"] = os.pathsep.join(existing + extra)
    if args.no_seeds:
        os.environ["DXPOLICY_NO_SEEDS"] = "1"

    from streamlit.web import cli as streamlit_cli

    # The rest of the settings (no e-mail prompt, no telemetry, viewer toolbar, light theme) live
    # in dashboard/.streamlit/config.toml, which Streamlit reads next to the app script.
    sys.argv = [
        "streamlit",
        "run",
        str(APP),
        "--server.port",
        str(args.port),
        "--server.address",
        args.address,
        "--server.headless",
        "true" if args.headless else "false",
    ]
    print(f"dxpolicy: starting the dashboard at {listening_url(args.address, args.port)}", flush=True)
    return streamlit_cli.main()


if __name__ == "__main__":
    sys.exit(main())
