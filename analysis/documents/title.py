"""The headline of an article."""

from __future__ import annotations

import re

from analysis.outlets import _portal_head
from analysis.resources import phrases
from analysis.text import phrase_alternation

_MAX_TITLE_CHARS = 160
_MAX_TITLE_WORDS = 30


_MAX_PORTAL_TITLE_WORDS = 10


def _masthead(line: str) -> bool:
    """A site's name and owner between bars ("VIETNAM+ | Thông tấn xã Việt Nam"), never a headline."""
    parts = [part.strip() for part in line.split(" | ")]
    return len(parts) >= 2 and any(
        (part.isupper() and len(part) > 2) or _portal_head().match(part.upper()) for part in parts
    )


_MAX_KICKER_WORDS = 4


def _kicker(line: str, after: list[str]) -> bool:
    """A section's label in capitals just above a headline in sentence case ("ĐỜI SỐNG SỐ", "GÓC NHÌN");
    a headline in capitals above its lead stays a headline."""
    if not (line.isupper() and len(line.split()) <= _MAX_KICKER_WORDS and after):
        return False
    below = after[0]
    return not below.isupper() and len(below) <= _MAX_TITLE_CHARS and not below.endswith(".")


def infer_title(body_lines: list[str]) -> str:
    """The headline: the first short line without a closing full stop, else the opening words.

    >>> infer_title(["Chuyển đổi số phải để người dân hưởng lợi", "Sáng nay, Thủ tướng dự lễ."])
    'Chuyển đổi số phải để người dân hưởng lợi'
    """
    portal = re.compile(rf"^(?:{phrase_alternation(phrases('outlets.toml:portal_titles'))})\b", re.IGNORECASE)
    for index, line in enumerate(body_lines[:6]):
        if _kicker(line, body_lines[index + 1 : index + 2]):
            continue  # "ĐỜI SỐNG SỐ" above the headline: the section's label
        if portal.match(line) and len(line.split()) <= _MAX_PORTAL_TITLE_WORDS:
            continue  # a page's <title> that only names the portal ("Cổng thông tin điện tử tỉnh Đắk Lắk")
        if _masthead(line):
            continue  # "VIETNAM+ | Thông tấn xã Việt Nam"
        if len(line) <= _MAX_TITLE_CHARS and len(line.split()) <= _MAX_TITLE_WORDS and not line.endswith("."):
            return line.strip()
    if not body_lines:
        return ""
    words = body_lines[0].split()
    return " ".join(words[:14]) + ("…" if len(words) > 14 else "")
