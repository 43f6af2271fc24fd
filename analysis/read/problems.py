"""Problems with input files: one error type, and its messages.

Every message names the file, says what was wrong and what to do; the texts live in
``analysis/data/problems.toml`` so they can be edited without touching code. The core writes them in
Vietnamese; a problem keeps its code and values, so the views can write it again in English
(:func:`analysis.present.problems.describe_problem`).
"""

from __future__ import annotations

from functools import cache

from analysis.resources import load_toml
from analysis.text import normalize_text
from analysis.types import LoadProblem


@cache
def problem_templates() -> dict[str, str]:
    """Every problem code's message template, from ``problems.toml``."""
    return {key: normalize_text(value) for key, value in load_toml("problems.toml")["vi"].items()}


def problem_message(code: str, /, **values: object) -> str:
    """The message for problem ``code``, its placeholders filled with ``values``.

    >>> problem_message("empty", name="bai.txt")
    'bai.txt: tệp rỗng, không có chữ nào; hãy thêm nội dung bài viết hoặc bỏ tệp này.'
    """
    return problem_templates()[code].format(**values)


def make_problem(path: str, code: str, *, kept: bool = False, **values: object) -> LoadProblem:
    """A :class:`LoadProblem` whose message is in Vietnamese and keeps its code and values, so a view
    can write it in another language."""
    text_values = tuple((key, str(value)) for key, value in values.items())
    return LoadProblem(path, problem_message(code, **dict(text_values)), code, text_values, kept)


class ReadError(ValueError):
    """A file that cannot be read as an article; ``code`` and ``values`` say why (see problems.toml)."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = {key: str(value) for key, value in values.items()}
        super().__init__(code)

    def __str__(self) -> str:
        return problem_message(self.code, **{"name": "", **self.values}).lstrip(": ")

    def problem(self, path: str, *, name: str | None = None) -> LoadProblem:
        """The problem for the file at ``path``, its message naming ``name`` (default: ``path``)."""
        return make_problem(path, self.code, **{"name": name or path, **self.values})
