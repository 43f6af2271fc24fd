"""Reproducible synthetic corpora for the benchmarks: seed paragraphs recombined into new articles.

Each article gets a headline naming its year, a "Publish date" line and body paragraphs drawn (with
a fixed random seed) from the seeds and the fixture articles until it holds about 880 syllables,
the seeds' own average. Every four-digit year in 2019-2026 in the drawn text is shifted by the same
offset, so the corpus spreads over several years with consistent dates, and the extractors see the
same shapes of sentence they see in real articles.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "seeds", ROOT / "tests" / "fixtures" / "articles")
SYLLABLES_PER_ARTICLE = 880
YEARS = (2020, 2021, 2022, 2023, 2024, 2025)
_YEAR = re.compile(r"(?<!\d)(20(?:19|2[0-6]))(?!\d)")
_FURNITURE_HINTS = ("Publish date", "View count", "Tin liên quan", "Thông báo", "Nguồn:")


def seed_paragraphs() -> list[str]:
    """Body paragraphs of the seeds and fixture articles (long enough to be prose, not furniture)."""
    paragraphs: list[str] = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                if len(line.split()) >= 12 and not any(hint in line for hint in _FURNITURE_HINTS):
                    paragraphs.append(line)
    return paragraphs


def _shift_years(text: str, offset: int) -> str:
    return _YEAR.sub(lambda match: str(int(match.group(1)) + offset), text)


def build_article(number: int, paragraphs: list[str], rng: random.Random) -> str:
    """One article: headline, publication line, then drawn paragraphs up to the syllable budget."""
    year = YEARS[number % len(YEARS)]
    offset = year - 2023
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    lines = [
        f"Chuyển đổi số quốc gia năm {year}: bản tin số {number}",
        f"Publish date {day:02d}/{month:02d}/{year} | {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}",
    ]
    syllables = 0
    while syllables < SYLLABLES_PER_ARTICLE:
        paragraph = _shift_years(rng.choice(paragraphs), offset)
        lines.append(paragraph)
        syllables += len(paragraph.split())
    return "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, size: int, *, seed: int = 20240110) -> list[Path]:
    """Write ``size`` articles into ``folder`` (created); the same size and seed give the same files."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    written = []
    for number in range(size):
        path = folder / f"bai_{number:05d}.txt"
        path.write_text(build_article(number, paragraphs, rng), encoding="utf-8")
        written.append(path)
    return written


def ensure_corpus(base: Path, size: int) -> Path:
    """The folder of the ``size``-article corpus under ``base``, written once and then reused.

    Size 5 is the bundled seeds themselves.
    """
    if size == 5:
        return ROOT / "seeds"
    folder = base / f"corpus_{size}"
    marker = folder / ".complete"
    if not marker.exists():
        write_corpus(folder, size)
        marker.write_text("ok\n", encoding="utf-8")
    return folder
