"""Articles out of a .zip archive: every supported file at any depth, each member left out named
with its reason, and the archive bounded before and while it is unpacked.

The zip directory is checked first, with :func:`analysis.read.checks.check_zip_directory` (entry
count, declared unpacked size, packing ratio); then each member is unpacked in chunks and stopped
the moment it passes its own format's size limit or the declared size it claimed, so an archive
that lies in its directory costs no more than one that does not. No member is ever written to
disk, so a name such as ``../../etc/passwd`` cannot land anywhere; it is still refused, named.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from analysis.read.checks import MAX_PACKING_RATIO, check_zip_directory
from analysis.read.formats import MB, SUPPORTED_SUFFIXES, check_size
from analysis.read.names import display_name, suffix_of
from analysis.read.problems import ReadError, make_problem
from analysis.types import LoadProblem

ARCHIVE_SUFFIX = ".zip"
# An archive of a year's articles from a portal, PDFs included, is tens of MB.
MAX_ARCHIVE_BYTES = 100 * MB
MAX_ARCHIVE_ENTRIES = 2_000
MAX_ARCHIVE_UNPACKED = 300 * MB
_CHUNK = 64 * 1024
# The archive-wide refusals, worded for an archive rather than a Word file.
_ARCHIVE_CODES = {
    "zip_entries": "archive_entries",
    "zip_unpacked": "archive_unpacked",
    "zip_ratio": "archive_ratio",
}


@dataclass(frozen=True)
class ArchiveMember:
    """One article file found in an archive: its path inside it and its unpacked bytes."""

    path: str
    data: bytes

    @property
    def name(self) -> str:
        """The member's file name, without its folders."""
        return PurePosixPath(self.path).name


def _unsafe(path: str) -> bool:
    """Whether a member's path would reach outside the archive's folder if it were unpacked:
    absolute, a drive, ".." anywhere, or a backslash path doing either."""
    parts = path.replace("\\", "/").split("/")
    return path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":") or ".." in parts


def _hidden(path: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in path.split("/") if part)


def _unpack(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: int) -> bytes:
    """The member's bytes, unpacked in chunks; :class:`ReadError` as soon as they pass the size
    the directory declared (a lying directory) or ``budget`` (what the archive may still unpack)."""
    limit = min(entry.file_size, budget)
    chunks: list[bytes] = []
    size = 0
    with archive.open(entry) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > limit:
                if size > entry.file_size:
                    raise ReadError(
                        "archive_ratio", part=entry.filename[:80], ratio="?", limit=MAX_PACKING_RATIO
                    )
                raise ReadError(
                    "archive_unpacked", size=(budget + size) // MB, limit=MAX_ARCHIVE_UNPACKED // MB
                )
            chunks.append(chunk)
    return b"".join(chunks)


def read_archive(name: str, data: bytes) -> tuple[list[ArchiveMember], list[LoadProblem]]:
    """The article files in the .zip archive ``data`` called ``name`` (any supported format, any
    folder depth, in archive order), and one problem per member left out, named
    ``name/path/in/archive`` with its reason. Raises :class:`ReadError` when the archive as a
    whole is refused (not a zip, over a limit, a bomb).

    >>> try:
    ...     read_archive("bai.zip", b"PK\\x03\\x04 hong")
    ... except ReadError as error:
    ...     print(error.code, error.values)
    archive_corrupt {'reason': 'BadZipFile'}
    """
    if len(data) > MAX_ARCHIVE_BYTES:
        raise ReadError(
            "too_large", size=f"{len(data) / MB:.1f}", limit=MAX_ARCHIVE_BYTES // MB, suffix=ARCHIVE_SUFFIX
        )
    members: list[ArchiveMember] = []
    problems: list[LoadProblem] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            try:
                check_zip_directory(
                    archive, max_entries=MAX_ARCHIVE_ENTRIES, max_unpacked=MAX_ARCHIVE_UNPACKED, max_xml=None
                )
            except ReadError as error:
                raise ReadError(_ARCHIVE_CODES.get(error.code, error.code), **error.values) from None
            budget = MAX_ARCHIVE_UNPACKED
            for entry in archive.infolist():
                if entry.is_dir():
                    continue
                shown = display_name(f"{name}/{entry.filename}", limit=300)
                member = _member(archive, entry, shown, budget)
                if isinstance(member, LoadProblem):
                    problems.append(member)
                    continue
                budget -= len(member.data)
                members.append(member)
    except ReadError:
        raise
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, ValueError) as error:
        raise ReadError("archive_corrupt", reason=type(error).__name__) from None
    return members, problems


def _member(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, shown: str, budget: int
) -> ArchiveMember | LoadProblem:
    """One member read, or the problem that leaves it out."""
    path = entry.filename
    suffix = suffix_of(path)
    if _unsafe(path):
        return make_problem(shown, "archive_unsafe_path", name=shown)
    if _hidden(path):
        return make_problem(shown, "skipped_hidden", name=shown)
    if suffix == ARCHIVE_SUFFIX:
        return make_problem(shown, "archive_nested", name=shown)
    if suffix not in SUPPORTED_SUFFIXES:
        return make_problem(shown, "skipped_unsupported", name=shown, suffix=suffix or "—")
    if entry.flag_bits & 0x1:
        return make_problem(shown, "archive_member_unreadable", name=shown, reason="encrypted")
    try:
        check_size(entry.file_size, suffix)
        return ArchiveMember(path, _unpack(archive, entry, budget))
    except ReadError as error:
        if error.code == "archive_unpacked":
            raise
        return error.problem(shown)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, EOFError, OSError, RuntimeError) as error:
        # A damaged member (a bad CRC, an unknown method) costs that member only.
        return make_problem(shown, "archive_member_unreadable", name=shown, reason=type(error).__name__)
