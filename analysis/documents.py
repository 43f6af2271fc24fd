"""Reading articles: NFC text, page furniture removed, title, outlet, dates and year inferred."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import datetime
from functools import cache
from pathlib import Path

from analysis.dates import find_dates, find_published
from analysis.resources import load_toml
from analysis.text import normalize_text
from analysis.types import Document, LoadProblem

SUPPORTED_SUFFIXES = (".txt", ".md")
SIDECAR_NAME = "metadata.json"
OVERRIDABLE_FIELDS = ("title", "outlet", "published", "year")

_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 30
# Horizons of strategies ("đến năm 2025, định hướng đến năm 2030") say nothing about the year an
# article reports on.
_HORIZON_BEFORE_YEAR = re.compile(r"(đến|tới|từ|giai đoạn|định hướng|tầm nhìn)\s+(năm\s+)?$", re.IGNORECASE)
# "năm 2023", and a quarter or month with its year: "quý III/2023", "tháng 6/2024"
_YEAR_AFTER_NAM = re.compile(
    r"\b(?:năm\s+|(?:quý\s+[IVX\d]+|tháng\s+\d{1,2})\s*/\s*)((?:19|20)\d\d)\b", re.IGNORECASE
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


class DocumentError(ValueError):
    """A document or corpus path that cannot be read; the message says what to do."""


@cache
def _furniture_rules() -> tuple[frozenset[str], tuple[re.Pattern[str], ...]]:
    rules = load_toml("furniture.toml")
    lines = frozenset(normalize_text(line).casefold() for line in rules["lines"])
    patterns = tuple(re.compile(normalize_text(p), re.IGNORECASE) for p in rules["patterns"])
    return lines, patterns


@cache
def _outlet_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(normalize_text(p), re.IGNORECASE) for p in load_toml("outlets.toml")["patterns"])


@cache
def _year_anchor_pattern() -> re.Pattern[str]:
    names = [re.escape(normalize_text(day["name"])) for day in load_toml("calendar.toml")["annual"]]
    return re.compile(rf"(?:{'|'.join(names)})\s+năm\s+((?:19|20)\d\d)", re.IGNORECASE)


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture rather than article text.

    >>> is_furniture("Tổng truy cập: 2247912"), is_furniture("Thủ tướng phát biểu.")
    (True, False)
    """
    stripped = line.strip()
    if not stripped:
        return False
    exact, patterns = _furniture_rules()
    if stripped.rstrip(".:").casefold() in exact:
        return True
    return any(pattern.search(stripped) for pattern in patterns)


def split_furniture(text: str) -> tuple[list[str], list[str]]:
    """Split NFC text into body lines and furniture lines (blank lines dropped).

    >>> split_furniture("Tin liên quan\\nKinh tế số phát triển.")
    (['Kinh tế số phát triển.'], ['Tin liên quan'])
    """
    body: list[str] = []
    furniture: list[str] = []
    for raw_line in text.split("\n"):
        line = _MARKDOWN_HEADING.sub("", raw_line.strip())
        line = re.sub(r"[ \t]+", " ", line)
        if not line:
            continue
        (furniture if is_furniture(line) else body).append(line)
    return body, furniture


def infer_outlet(lines: Iterable[str]) -> str | None:
    """The outlet an article names: "(VOV5) - …", "Nguồn: vietnamnet.vn" or a bare domain line.

    >>> infer_outlet(["(PLVN) - Thủ tướng nhấn mạnh"])
    'PLVN'
    """
    lines = list(lines)
    for pattern in _outlet_patterns():
        for line in lines:
            match = pattern.search(line.strip())
            if match:
                return match.group("outlet").strip()
    return None


def strip_outlet_prefix(line: str) -> str:
    """Remove a leading "(VOV5) - " byline from a body paragraph, keeping its text."""
    return re.sub(r"^\([A-ZĐ][A-Za-zĐđ0-9.&/ ]{1,20}\)\s*[-–—]\s*", "", line)


def infer_title(body_lines: list[str]) -> str:
    """The headline: the first short line without a closing full stop, else the opening words.

    >>> infer_title(["Chuyển đổi số phải để người dân hưởng lợi", "Sáng nay, Thủ tướng dự lễ."])
    'Chuyển đổi số phải để người dân hưởng lợi'
    """
    for line in body_lines[:6]:
        if len(line) <= _MAX_TITLE_CHARS and len(line.split()) <= _MAX_TITLE_WORDS and not line.endswith("."):
            return line.strip()
    if not body_lines:
        return ""
    words = body_lines[0].split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")


def _years_in(text: str) -> list[int]:
    years = []
    for match in _YEAR_AFTER_NAM.finditer(text):
        if _HORIZON_BEFORE_YEAR.search(text[max(0, match.start() - 25) : match.start()]):
            continue
        years.append(int(match.group(1)))
    return years


def infer_year(title: str, body: str, published: datetime | None) -> int | None:
    """The year an article is about, or None when nothing in it says.

    Evidence, strongest first: a named annual day with its year ("Ngày Chuyển đổi số quốc gia
    năm 2023"), a year in the headline, the publication date, then the years the text reports on.

    >>> infer_year("Tin", "Chào mừng Ngày Chuyển đổi số quốc gia năm 2023.", None)
    2023
    """
    anchored = Counter(int(y) for y in _year_anchor_pattern().findall(body))
    if anchored:
        return anchored.most_common(1)[0][0]
    title_years = _years_in(title)
    if title_years:
        return title_years[0]
    if published is not None:
        return published.year
    mentioned = Counter(_years_in(body))
    mentioned.update(m.year for m in find_dates(body) if m.year is not None)
    if mentioned:
        return mentioned.most_common(1)[0][0]
    return None


_SOURCE_DATE = re.compile(r"^nguồn\s*:.*?\b(\d{1,2})[/.\-](\d{1,2})[/.\-]((?:19|20)\d\d)\b", re.IGNORECASE)


def _source_line_date(lines: Iterable[str]) -> datetime | None:
    """The date on a source line: "Nguồn: báo Tin tức, 15/06/2022" was published on 15 June 2022.

    >>> _source_line_date(["Nguồn: báo Tin tức, 15/06/2022"])
    datetime.datetime(2022, 6, 15, 0, 0)
    """
    for line in lines:
        match = _SOURCE_DATE.search(line.strip())
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return datetime(year, month, day)
            except ValueError:
                continue
    return None


def _parse_override_published(value: object) -> datetime:
    return datetime.fromisoformat(str(value))


def build_document(
    doc_id: str, raw_text: str, *, path: str = "", overrides: Mapping[str, object] | None = None
) -> Document:
    """Turn raw article text into a :class:`Document`; ``overrides`` win over inference.

    >>> build_document("a", "Tin\\n(VOV5) - Ngày Chuyển đổi số quốc gia năm 2023.").year
    2023
    """
    text = normalize_text(raw_text)
    body_lines, furniture = split_furniture(text)
    outlet = infer_outlet(body_lines[:4] + furniture)
    published = None
    for line in furniture + body_lines[:5]:
        published = find_published(line)
        if published is not None:
            break
    if published is None:
        published = _source_line_date(furniture)
    body_lines = [strip_outlet_prefix(line) for line in body_lines]
    body_lines = [line for line in body_lines if line]
    title = infer_title(body_lines)
    body = "\n".join(body_lines)
    year = infer_year(title, body, published)

    overrides = dict(overrides or {})
    if "title" in overrides:
        title = str(overrides["title"])
    if "outlet" in overrides:
        outlet = str(overrides["outlet"]) if overrides["outlet"] is not None else None
    if "published" in overrides:
        published = _parse_override_published(overrides["published"]) if overrides["published"] else None
    if "year" in overrides:
        year = int(overrides["year"]) if overrides["year"] is not None else None

    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(
        id=doc_id,
        path=path,
        title=title,
        outlet=outlet,
        published=published,
        year=year,
        body=body,
        furniture=tuple(furniture),
        content_hash=digest,
        overrides=tuple(sorted((key, str(value)) for key, value in overrides.items())),
    )


def read_text_file(path: Path) -> str:
    """Read a UTF-8 text file, raising :class:`DocumentError` with advice when it is not one."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(f"{path}: cannot be read ({error.strerror or error}); check the path") from None
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{path}: is a binary file, not text; give a .txt or .md article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DocumentError(f"{path}: is not UTF-8 text; save it as UTF-8 and try again") from None
    if not text.strip():
        raise DocumentError(f"{path}: is empty; add the article text or remove the file")
    return text


def _load_sidecar(folder: Path) -> tuple[dict[str, dict[str, object]], list[LoadProblem]]:
    sidecar = folder / SIDECAR_NAME
    if not sidecar.is_file():
        return {}, []
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        message = f"{sidecar}: ignored, it is not valid UTF-8 JSON ({error}); fix it to apply its overrides"
        return {}, [LoadProblem(str(sidecar), message)]
    if not isinstance(data, dict) or not all(isinstance(value, dict) for value in data.values()):
        message = f'{sidecar}: ignored, expected {{"<file stem>": {{"year": 2023, ...}}}}'
        return {}, [LoadProblem(str(sidecar), message)]
    problems = []
    clean: dict[str, dict[str, object]] = {}
    for doc_id, fields in data.items():
        unknown = sorted(set(fields) - set(OVERRIDABLE_FIELDS))
        if unknown:
            allowed = ", ".join(OVERRIDABLE_FIELDS)
            fields_text = ", ".join(unknown)
            message = f"{sidecar}: {doc_id}: unknown field(s) {fields_text} ignored; allowed: {allowed}"
            problems.append(LoadProblem(str(sidecar), message))
        kept = {key: value for key, value in fields.items() if key in OVERRIDABLE_FIELDS}
        try:
            if kept.get("year") is not None:
                kept["year"] = int(kept["year"])  # type: ignore[arg-type]
            if kept.get("published"):
                _parse_override_published(kept["published"])
        except (TypeError, ValueError):
            message = f"{sidecar}: {doc_id}: year must be a number and published an ISO date; entry ignored"
            problems.append(LoadProblem(str(sidecar), message))
            continue
        clean[normalize_text(doc_id)] = kept
    return clean, problems


def iter_corpus_files(paths: Iterable[Path]) -> tuple[list[Path], list[LoadProblem]]:
    """Expand files and folders into the article files they hold (sorted, .txt and .md)."""
    files: list[Path] = []
    problems: list[LoadProblem] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not found:
                problems.append(LoadProblem(str(path), f"{path}: holds no .txt or .md articles"))
            files.extend(found)
        elif path.is_file():
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                message = f"{path}: is not a .txt or .md file; give articles as plain text"
                problems.append(LoadProblem(str(path), message))
            else:
                files.append(path)
        else:
            problems.append(LoadProblem(str(path), f"{path}: no such file or folder; check the path"))
    return files, problems


def load_corpus(paths: Iterable[str | Path]) -> tuple[tuple[Document, ...], tuple[LoadProblem, ...]]:
    """Read every article under ``paths``; unreadable ones become problems, the rest still load.

    >>> docs, problems = load_corpus(["seeds"])  # doctest: +SKIP
    """
    files, problems = iter_corpus_files(Path(p) for p in paths)
    sidecars: dict[Path, dict[str, dict[str, object]]] = {}
    documents: list[Document] = []
    seen: dict[str, Path] = {}
    for file in files:
        folder = file.parent
        if folder not in sidecars:
            sidecars[folder], sidecar_problems = _load_sidecar(folder)
            problems.extend(sidecar_problems)
        doc_id = normalize_text(file.stem)
        if doc_id in seen and seen[doc_id].resolve() != file.resolve():
            message = (
                f"{file}: has the same name as {seen[doc_id]}; rename one so each article has its own id"
            )
            problems.append(LoadProblem(str(file), message))
            continue
        if doc_id in seen:
            continue
        try:
            text = read_text_file(file)
        except DocumentError as error:
            problems.append(LoadProblem(str(file), str(error)))
            continue
        seen[doc_id] = file
        documents.append(build_document(doc_id, text, path=str(file), overrides=sidecars[folder].get(doc_id)))
    return tuple(documents), tuple(problems)
