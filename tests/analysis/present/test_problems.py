"""Input problems in the interface language: every code has its English wording, with the same
placeholders, and a problem written in English names the same file and values."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from analysis.documents import load_corpus
from analysis.present.problems import describe_problem
from analysis.present.resources import load_toml as load_present_toml
from analysis.read.problems import make_problem, problem_templates
from analysis.types import LoadProblem

ENGLISH = load_present_toml("problems_en.toml")["en"]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_problem_code_has_english_wording_and_no_other() -> None:
    assert set(ENGLISH) == set(problem_templates())


@pytest.mark.parametrize("code", sorted(problem_templates()))
def test_english_wording_fills_the_same_placeholders(code: str) -> None:
    assert _placeholders(ENGLISH[code]) == _placeholders(problem_templates()[code])


def test_a_real_problem_is_written_in_either_language(tmp_path: Path) -> None:
    (tmp_path / "rong.txt").write_bytes(b"")
    _, (problem,) = load_corpus([tmp_path / "rong.txt"])
    assert problem.code == "empty"
    assert describe_problem(problem) == problem.message
    assert "tệp rỗng" in problem.message
    english = describe_problem(problem, language="en")
    assert english.startswith(str(tmp_path / "rong.txt") + ": is empty")
    assert "tệp" not in english


def test_values_are_filled_in_english() -> None:
    problem = make_problem("bai.pdf", "too_large", name="bai.pdf", size="31.5", limit=30, suffix=".pdf")
    assert describe_problem(problem, language="en") == (
        "bai.pdf: is 31.5 MB, over the 30 MB limit for .pdf files; no single article is that large,"
        " split it into articles."
    )


@pytest.mark.parametrize("language", ["vi", "en", "fr", ""])
def test_a_problem_without_a_code_keeps_its_own_message(language: str) -> None:
    problem = LoadProblem("x.txt", "x.txt: một ghi chú riêng")
    assert describe_problem(problem, language=language) == "x.txt: một ghi chú riêng"
