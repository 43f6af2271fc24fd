"""The whole library in one .zip, and back: ``python -m analysis export`` / ``import``.

An export holds every sound stored article exactly as stored: its original bytes, its text, and
every other stored field (the inferred details, the user's corrections, when it was added, its
SHA-256 hashes, and any field a later version adds), with a versioned ``manifest.json``::

    manifest.json                  format, version, fields, and per article its fields and files
    articles/000001/original.docx  the bytes that were added
    articles/000001/text.txt       the text read from them (UTF-8)

An import checks everything before it changes anything: that the file is a .zip, that it is an
export of this application in a version this one reads, every file against its SHA-256 in the
manifest, every record against its own stored hashes, and the sizes against the limits below.
Then it stores the articles in one transaction, exactly as they were (the same ids, corrections,
dates and hashes), so a store imported on another machine compares equal record by record.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from analysis.read.formats import MAX_BYTES, MAX_CHARS, MB
from analysis.read.problems import ReadError
from analysis.store import AddResult, CorpusStore, LastExport, record_damage, remember_export
from analysis.types import LoadProblem

ARCHIVE_FORMAT = "dxpolicy-library"
ARCHIVE_VERSION = 1
MANIFEST_NAME = "manifest.json"
# An archive is read twice, one record at a time (checked whole, then stored), so memory holds one
# article; the limits bound the time: a library of 100,000 articles of a few hundred kB each fits,
# and a .zip that claims or unpacks to more is refused.
MAX_ARCHIVE_ENTRIES = 250_000
MAX_MANIFEST_BYTES = 256 * MB
MAX_UNPACKED_BYTES = 4096 * MB
_MAX_ORIGINAL_BYTES = max(MAX_BYTES.values())
_MAX_TEXT_BYTES = 4 * MAX_CHARS  # UTF-8 takes at most 4 bytes a character
_TEXT_FIELD = "text"


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote: how many articles, the archive's size and SHA-256, and the damaged
    records left out (one problem each)."""

    count: int
    size: int
    sha256: str
    problems: tuple[LoadProblem, ...]


def _suffix(name: object) -> str:
    """The original file's suffix when it is a plain one (".docx"), else ".bin"."""
    suffix = PurePosixPath(str(name)).suffix.lower()
    return suffix if 2 <= len(suffix) <= 6 and suffix[1:].isascii() and suffix[1:].isalnum() else ".bin"


def _canonical(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_archive(
    store: CorpusStore, destination: BinaryIO, *, written_at: datetime | None = None
) -> ExportSummary:
    """Write every sound record of ``store`` as an export archive to ``destination``.

    Bytes fields become files, and so does the text; every other field goes into the manifest as
    it is stored, whatever its name, so a field added to the store later is carried without a
    change here.
    """
    problems: list[LoadProblem] = []
    when = (written_at or datetime.now(UTC)).astimezone(UTC)
    stamp = when.timetuple()[:6]
    articles = []
    with zipfile.ZipFile(destination, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as archive:

        def put(path: str, data: bytes) -> dict[str, object]:
            info = zipfile.ZipInfo(path, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
            return {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}

        for record in store.export_records():
            if isinstance(record, LoadProblem):
                problems.append(record)
                continue
            folder = f"articles/{len(articles) + 1:06d}"
            fields: dict[str, object] = {}
            files: dict[str, dict[str, object]] = {}
            for name, value in record.items():
                if isinstance(value, bytes):
                    path = f"{folder}/{name}{_suffix(record.get('name')) if name == 'original' else '.bin'}"
                    files[name] = {**put(path, value), "type": "bytes"}
                elif name == _TEXT_FIELD and isinstance(value, str):
                    files[name] = {**put(f"{folder}/text.txt", value.encode("utf-8")), "type": "text"}
                else:
                    fields[name] = value
            articles.append({"fields": fields, "files": files})
        manifest = {
            "format": ARCHIVE_FORMAT,
            "version": ARCHIVE_VERSION,
            "written_at": when.isoformat(timespec="seconds"),
            "fields": list(store.fields()),
            "count": len(articles),
            "articles_sha256": hashlib.sha256(_canonical(articles)).hexdigest(),
            "articles": articles,
        }
        put(
            MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=1, allow_nan=False).encode("utf-8")
        )
    return ExportSummary(len(articles), 0, "", tuple(problems))


def export_bytes(store: CorpusStore) -> tuple[bytes, ExportSummary]:
    """The export archive in memory (for a download button), and what it holds."""
    buffer = io.BytesIO()
    summary = write_archive(store, buffer)
    data = buffer.getvalue()
    return data, ExportSummary(summary.count, len(data), hashlib.sha256(data).hexdigest(), summary.problems)


def export_library(store_path: Path, output: Path) -> ExportSummary:
    """Write the library of the store at ``store_path`` to ``output`` (whole or not at all: it is
    written beside it first, then moved into place) and note it beside the store.

    >>> export_library(Path("corpus.sqlite3"), Path("thu-vien.zip")).count  # doctest: +SKIP
    12
    """
    output = output.expanduser()
    partial = output.with_name(f".{output.name}.partial")
    digest = hashlib.sha256()
    try:
        # No store yet: an empty archive, and no store file made just to export nothing.
        viewing = True if not store_path.is_file() else None
        with CorpusStore(store_path, read_only=viewing) as store, partial.open("wb") as handle:
            summary = write_archive(store, handle)
            handle.flush()
            os.fsync(handle.fileno())
        with partial.open("rb") as handle:
            for block in iter(lambda: handle.read(MB), b""):
                digest.update(block)
        os.replace(partial, output)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    size = output.stat().st_size
    remember_export(
        store_path,
        LastExport(str(output.resolve()), datetime.now(UTC).isoformat(timespec="seconds"), summary.count),
    )
    return ExportSummary(summary.count, size, digest.hexdigest(), summary.problems)


def export_download(store_path: Path, *, file_name: str, remember: bool) -> bytes:
    """The export archive of the store as bytes for a browser download named ``file_name``;
    ``remember`` notes it beside the store as the last export (by that name: it lands in the
    user's downloads), for an editor's download, not a passing viewer's.

    >>> export_download(Path("corpus.sqlite3"), file_name="thu-vien.zip", remember=True)[:2]  # doctest: +SKIP
    b'PK'
    """
    with CorpusStore(store_path, read_only=True) as store:
        data, summary = export_bytes(store)
    if remember:
        written_at = datetime.now(UTC).isoformat(timespec="seconds")
        remember_export(store_path, LastExport(file_name, written_at, summary.count))
    return data


def download_name(now: datetime | None = None) -> str:
    """The file name a downloaded backup gets, dated so that successive ones do not collide.

    >>> download_name(datetime(2026, 12, 5, 8, 30, tzinfo=UTC))
    'dxpolicy-library-2026-12-05-0830.zip'
    """
    return f"dxpolicy-library-{(now or datetime.now(UTC)).astimezone(UTC):%Y-%m-%d-%H%M}.zip"


def _refuse(code: str, **values: object) -> ReadError:
    return ReadError(code, **values)


@contextlib.contextmanager
def _opened(source: Path | BinaryIO) -> Iterator[zipfile.ZipFile]:
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise _refuse("archive_not_zip") from None
    with archive:
        yield archive


def _read_entry(archive: zipfile.ZipFile, path: str, limit: int) -> bytes:
    """The bytes of one entry, at most ``limit`` (whatever the header claims), CRC checked."""
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise _refuse("archive_damaged", part=path, reason="missing") from None
    if info.file_size > limit:
        raise _refuse("archive_too_large", part=path, limit=limit // MB)
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as error:
        reason = " ".join(str(error).split())[:80] or type(error).__name__
        raise _refuse("archive_damaged", part=path, reason=reason) from None
    if len(data) > limit:
        raise _refuse("archive_too_large", part=path, limit=limit // MB)
    return data


def _manifest(archive: zipfile.ZipFile) -> dict[str, object]:
    if MANIFEST_NAME not in archive.namelist():
        raise _refuse("archive_foreign")
    raw = _read_entry(archive, MANIFEST_NAME, MAX_MANIFEST_BYTES)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except ValueError:
        raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="not JSON") from None
    if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
        raise _refuse("archive_foreign")
    version = manifest.get("version")
    if type(version) is not int or version > ARCHIVE_VERSION:
        raise _refuse("archive_newer", version=version, supported=ARCHIVE_VERSION)
    articles = manifest.get("articles")
    if not isinstance(articles, list) or manifest.get("count") != len(articles):
        raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="article list")
    if hashlib.sha256(_canonical(articles)).hexdigest() != manifest.get("articles_sha256"):
        raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="SHA-256")
    return manifest


def _checked_manifest(archive: zipfile.ZipFile) -> dict[str, object]:
    """The manifest, after the archive's entry count and declared sizes passed their limits."""
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        raise _refuse("archive_too_large", part=f"{len(entries)} entries", limit=MAX_UNPACKED_BYTES // MB)
    if sum(info.file_size for info in entries) > MAX_UNPACKED_BYTES:
        raise _refuse("archive_too_large", part="total", limit=MAX_UNPACKED_BYTES // MB)
    return _manifest(archive)


def _iter_records(archive: zipfile.ZipFile, manifest: Mapping[str, object]) -> Iterator[dict[str, object]]:
    """Each record read and checked in turn (one in memory at a time); the bytes actually read,
    whatever the headers claim, are counted against :data:`MAX_UNPACKED_BYTES`."""
    total = 0
    for article in manifest["articles"]:  # type: ignore[union-attr]
        record = _read_record(archive, article)
        total += sum(len(value) for value in record.values() if isinstance(value, (bytes, str)))
        if total > MAX_UNPACKED_BYTES:
            raise _refuse("archive_too_large", part="total", limit=MAX_UNPACKED_BYTES // MB)
        yield record


def read_archive(source: Path | BinaryIO) -> list[dict[str, object]]:
    """Every record of an export archive, each file checked against its SHA-256 and each record
    against its own stored hashes; raises :class:`ReadError` ("archive_not_zip",
    "archive_foreign", "archive_newer", "archive_damaged", "archive_too_large") at the first fault."""
    with _opened(source) as archive:
        return list(_iter_records(archive, _checked_manifest(archive)))


def _read_record(archive: zipfile.ZipFile, article: object) -> dict[str, object]:
    if not isinstance(article, dict) or not isinstance(article.get("fields"), dict):
        raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="article entry")
    record: dict[str, object] = dict(article["fields"])
    files = article.get("files")
    if not isinstance(files, dict):
        raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="article files")
    for field, entry in files.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise _refuse("archive_damaged", part=MANIFEST_NAME, reason="article files")
        path = entry["path"]
        limit = _MAX_TEXT_BYTES if entry.get("type") == "text" else _MAX_ORIGINAL_BYTES
        data = _read_entry(archive, path, limit)
        if hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise _refuse("archive_damaged", part=path, reason="SHA-256")
        if entry.get("type") == "text":
            try:
                record[field] = data.decode("utf-8")
            except UnicodeDecodeError:
                raise _refuse("archive_damaged", part=path, reason="not UTF-8") from None
        else:
            record[field] = data
    damage = record_damage(record)
    if damage:
        raise _refuse("archive_damaged", part=str(record.get("id", "?")), reason=f"{damage} SHA-256")
    return record


def import_library(
    source: Path | BinaryIO, store_path: Path, *, on_saving: Callable[[str], None] | None = None
) -> AddResult:
    """Check the export archive ``source`` whole, then store its articles in one transaction
    (see :meth:`CorpusStore.import_records` for articles already in the store). Raises
    :class:`ReadError` for an archive that is refused, before the store is opened for writing.

    >>> import_library(Path("thu-vien.zip"), Path("corpus.sqlite3")).added[:2]  # doctest: +SKIP
    ('binh-phuoc', 'hau-giang')
    """
    with _opened(source) as archive:
        manifest = _checked_manifest(archive)
        # First pass: every check, nothing kept; the store is not opened until all of them pass.
        fields: set[str] = set()
        for record in _iter_records(archive, manifest):
            fields.update(record)
        with CorpusStore(store_path) as store:
            unknown = sorted(fields - set(store.fields()))
            if unknown:
                raise _refuse("archive_unknown_fields", fields=", ".join(unknown))
            # Second pass: stored one by one in one transaction (checked again as they are read).
            return store.import_records(_iter_records(archive, manifest), on_saving=on_saving)
