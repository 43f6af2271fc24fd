"""Input problems written in the interface language.

The core writes every problem in Vietnamese and keeps its code and values
(:func:`analysis.read.problems.make_problem`); this module writes it again in English from
``present/data/problems_en.toml``, so the English wording stays presentation data.
"""

from __future__ import annotations

from functools import cache

from analysis.present.resources import load_toml
from analysis.text import normalize_text
from analysis.types import LoadProblem


@cache
def _english_templates() -> dict[str, str]:
    return {key: normalize_text(value) for key, value in load_toml("problems_en.toml")["en"].items()}


def describe_problem(problem: LoadProblem, *, language: str = "vi") -> str:
    """``problem`` in ``language``: its own message in Vietnamese (or when it has no code), else the
    English template of its code filled with its values.

    >>> from analysis.read.problems import make_problem
    >>> empty = make_problem("bai.txt", "empty", name="bai.txt")
    >>> describe_problem(empty)
    'bai.txt: tệp rỗng, không có chữ nào; hãy thêm nội dung bài viết hoặc bỏ tệp này.'
    >>> describe_problem(empty, language="en")
    'bai.txt: is empty, there is no text in it; add the article text or leave the file out.'
    """
    if language != "en" or not problem.code:
        return problem.message
    return _english_templates()[problem.code].format(**dict(problem.values))
