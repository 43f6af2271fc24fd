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


# a menu left on a page: at least this many short lines in a row ("Văn bản pháp quy", "Hỏi đáp", …)
_MENU_RUN = 3
_MAX_MENU_WORDS = 6


def _menu_like(line: str) -> bool:
    return len(line.split()) <= _MAX_MENU_WORDS and not re.search(r"\d|[.:!?]$", line.strip())


def _in_menu(lines: list[str], index: int) -> bool:
    """Whether a line is one of a run of short lines, the menu of a saved page ("Văn bản pháp quy",
    "Dịch vụ công trực tuyến", "Hỏi đáp"), not a headline."""
    if not _menu_like(lines[index]):
        return False
    start = index
    while start > 0 and _menu_like(lines[start - 1]):
        start -= 1
    end = index
    while end < len(lines) and _menu_like(lines[end]):
        end += 1
    return end - start >= _MENU_RUN


def infer_title(body_lines: list[str]) -> str:
    """The headline: the first short line without a closing full stop, else the opening words.

    >>> infer_title(["Chuyển đổi số phải để người dân hưởng lợi", "Sáng nay, Thủ tướng dự lễ."])
    'Chuyển đổi số phải để người dân hưởng lợi'
    >>> infer_title(["Giới thiệu", "Văn bản pháp quy", "Hỏi đáp", "Kho bạc số hóa 99,8% hồ sơ", "Ngày 26/12"])
    'Kho bạc số hóa 99,8% hồ sơ'
    """
    portal = re.compile(rf"^(?:{phrase_alternation(phrases('outlets.toml:portal_titles'))})\b", re.IGNORECASE)
    for index, line in enumerate(body_lines[:10]):
        if _in_menu(body_lines, index):
            continue  # "Văn bản pháp quy", "Hỏi đáp": what is left of a page's menu
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
