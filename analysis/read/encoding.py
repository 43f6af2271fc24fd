"""Bytes to text: byte-order marks, UTF-8 (with damage reported, not fatal), legacy code pages."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from analysis.read.problems import ReadError

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office"),
    (b"\x7fELF", "ELF"),
    (b"MZ", "EXE"),
    (b"\xd0\xcf\x11\xe0", "Office 97"),
    (b"RIFF", "RIFF"),
    (b"\x1f\x8b", "gzip"),
    (b"SQLite format 3", "SQLite"),
)
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
_REPLACEMENT = "\ufffd"
# A stray NUL or two is damage in a text (a copy cut short, a bad editor); text encoded as UTF-16
# without a byte-order mark, or any binary format, has NULs in a large share of its bytes.
_MAX_NUL_SHARE = 0.01
# ... and a short text may carry this many whatever its length.
_MAX_STRAY_NULS = 2
_SAMPLE_BYTES = 65536


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes; ``damaged`` counts undecodable sequences and NUL bytes (each now
    "\ufffd"); ``first_damage_line`` and ``first_damage_char`` (its place in that line) are 1-based."""

    text: str
    encoding: str
    damaged: int = 0
    first_damage_line: int = 0
    first_damage_char: int = 0


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    sample = data[:_SAMPLE_BYTES]
    if sample.count(b"\x00") > max(_MAX_STRAY_NULS, _MAX_NUL_SHARE * len(sample)):
        return "NUL"
    return None


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for char in sample if ord(char) < 32 and char not in _ALLOWED_CONTROLS)
    return controls / len(sample)


def _damage(text: str, already: int) -> tuple[int, int, int]:
    """How many "\ufffd" the decoding made, and the line and character of the first (1-based)."""
    count = text.count(_REPLACEMENT) - already
    if count <= 0:
        return 0, 0, 0
    first = text.index(_REPLACEMENT)
    line_start = text.rfind("\n", 0, first) + 1
    return count, text.count("\n", 0, first) + 1, first - line_start + 1


def _without_nul(data: bytes) -> bytes:
    # A NUL is valid UTF-8 (U+0000) but never text: it becomes damage, shown as "\ufffd".
    return data.replace(b"\x00", "\ufffd".encode()) if b"\x00" in data else data


def decode_bytes(data: bytes) -> DecodedText:
    """Decode an article's bytes, or raise :class:`ReadError` ("empty", "binary", "not_text").

    UTF-8 with or without BOM, UTF-16/32 with BOM, and legacy code pages such as Windows-1258
    (detected by charset-normalizer). Undecodable bytes in mostly good UTF-8, and a few stray NUL
    bytes, become "�" and are counted with the line and character of the first, so the good text
    is kept and the damage reported; a file with NULs in more than 1% of its bytes is binary.

    >>> decode_bytes("Chuyển đổi số".encode("utf-16")).text
    'Chuyển đổi số'
    >>> decoded = decode_bytes("Kinh tế số\\ntăng \\x00trưởng".encode())
    >>> decoded.damaged, decoded.first_damage_line, decoded.first_damage_char
    (1, 2, 6)
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, errors="replace")
            return _checked(DecodedText(text, codec, *_damage(text, 0)))
    kind = _binary_kind(data)
    if kind is not None:
        raise ReadError("binary", kind=kind)
    nuls = data.count(b"\x00")
    data = _without_nul(data)
    try:
        text = data.decode("utf-8")
        damage = _damage(text, text.count(_REPLACEMENT) - nuls) if nuls else (0, 0, 0)
        return _checked(DecodedText(text, "utf-8", *damage))
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    damaged, line, place = _damage(lenient, 0)
    readable = sum(1 for char in lenient if ord(char) > 127 and char != _REPLACEMENT)
    # Vietnamese in UTF-8 is full of multi-byte letters; a legacy code page almost never forms
    # them, so good UTF-8 letters outnumbering the damage means UTF-8 with a few broken bytes.
    if readable > damaged:
        return _checked(DecodedText(lenient, "utf-8", damaged, line, place))
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("not_text")
    return _checked(DecodedText(str(best), best.encoding))


def _checked(decoded: DecodedText) -> DecodedText:
    if not decoded.text.strip().strip(_REPLACEMENT).strip():
        raise ReadError("empty")
    if _control_share(decoded.text) > 0.01:
        raise ReadError("binary", kind="control characters")
    return decoded
