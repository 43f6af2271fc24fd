"""``add``, ``list``, ``correct`` and ``remove`` (:mod:`analysis.cli.library`) on a real store: lines in
the chosen language, corrections checked before anything changes, a damaged record listed and
removable, and a store opened for viewing that refuses every change."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.store import CorpusStore
from tests.analysis.store.conftest import rows
from tests.cli import ROOT, run_cli, start_cli

OTHER = "Hậu Giang số hóa 95% hồ sơ hành chính năm 2023\nNăm 2023, Hậu Giang đã số hóa 95% hồ sơ.\n"


def test_list_follows_the_language(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Năm 2024, chuyển đổi số quốc gia.", encoding="utf-8")
    assert run_cli("add", tmp_path / "a.txt", tmp=tmp_path).returncode == 0
    for language in ("vi", "en"):
        result = run_cli("list", "--lang", language, tmp=tmp_path)
        assert result.returncode == 0 and result.stdout.count("\t") == 3


def test_the_cli_corrects_a_stored_document(tmp_path: Path) -> None:
    store_path = tmp_path / "corpus.sqlite3"
    in_store = {"DXPOLICY_STORE": str(store_path)}
    article = tmp_path / "hau-giang.txt"
    article.write_text(OTHER, encoding="utf-8")
    assert start_cli("add", str(article), tmp=tmp_path, env=in_store).wait(timeout=120) == 0
    done = start_cli(
        "correct", "hau-giang", "--year", "2022", "--outlet", "Báo Hậu Giang", tmp=tmp_path, env=in_store
    )
    out, err = done.communicate(timeout=120)
    assert (done.returncode, out, err) == (
        0,
        "hau-giang\t2022\ttxt\tHậu Giang số hóa 95% hồ sơ hành chính năm 2023\n",
        "",
    )
    wrong = ("--year", "3000", "--published", "mai", "--lang", "en")
    bad = start_cli("correct", "hau-giang", *wrong, tmp=tmp_path, env=in_store)
    out, err = bad.communicate(timeout=120)
    assert bad.returncode == 2 and out == ""
    assert err.splitlines() == [
        "error: hau-giang: the publication date “mai” is not valid; enter a date as YYYY-MM-DD, such as "
        "2025-10-10, or leave it empty if unknown. Nothing was changed.",
        "error: hau-giang: the year “3000” is not valid; enter a year from 1945 to 2100, or leave it empty "
        "if unknown. Nothing was changed.",
    ]
    missing = start_cli("correct", "khong-co", "--year", "2024", tmp=tmp_path, env=in_store)
    out, err = missing.communicate(timeout=120)
    assert missing.returncode == 1 and err == "lỗi: khong-co: không có bài nào mang mã này trong kho.\n"
    with CorpusStore(store_path) as store:
        (listed,) = store.list_documents()
    assert (listed.year, listed.outlet, listed.corrected) == (2022, "Báo Hậu Giang", ("outlet", "year"))


def test_the_cli_lists_reports_and_removes_around_a_damaged_record(
    tmp_path: Path, damaged_store: Path
) -> None:
    listing = run_cli("list", "--store", damaged_store, "--lang", "vi", tmp=tmp_path)
    assert listing.returncode == 0
    assert "hau-giang\t2023\ttxt\t[hỏng] Hậu Giang" in listing.stdout
    assert "[damaged]" in run_cli("list", "--store", damaged_store, "--lang", "en", tmp=tmp_path).stdout
    assert listing.stdout.count("[hỏng]") == 1

    report = run_cli(
        "report", "--no-cache", "--format", "md", "--store", damaged_store, "--lang", "en", tmp=tmp_path
    )
    assert report.returncode == 0, report.stderr
    assert "Bình Phước" in report.stdout and "Hà Giang" in report.stdout  # the sound records
    assert "Hậu Giang" not in report.stdout
    assert report.stderr.splitlines() == [
        "error: hau-giang: this article's record in the store is damaged (it does not match its "
        "SHA-256 checksum), so it was not read; the other articles are still read. Remove it (the "
        "“Your articles” page or python -m analysis remove hau-giang) and add the original file again."
    ]
    corrected = run_cli(
        "correct", "hau-giang", "--year", "2020", "--store", damaged_store, "--lang", "vi", tmp=tmp_path
    )
    assert corrected.returncode == 2 and "bị hỏng" in corrected.stderr

    removed = run_cli("remove", "hau-giang", "--store", damaged_store, "--lang", "vi", tmp=tmp_path)
    assert (removed.returncode, removed.stdout, removed.stderr) == (0, "hau-giang\n", "")
    assert "[hỏng]" not in run_cli("list", "--store", damaged_store, "--lang", "vi", tmp=tmp_path).stdout


@pytest.mark.parametrize(
    "command", [("remove", "ha-giang"), ("correct", "ha-giang", "--year", "2020"), ("add", "SEED")]
)
def test_the_read_only_environment_variable_refuses_changes_on_the_command_line(
    tmp_path: Path, command: tuple[str, ...], three_articles_store: Path
) -> None:
    path = three_articles_store
    before = rows(path)
    seed = str(ROOT / "seeds" / "000_bad03276209439be.txt")
    args = [seed if part == "SEED" else part for part in command]
    viewing = {"DXPOLICY_STORE": str(path), "DXPOLICY_READ_ONLY": "1"}
    done = run_cli(*args, "--lang", "en", tmp=tmp_path, env=viewing)
    assert done.returncode == 1
    assert "open for viewing only" in done.stderr and "Traceback" not in done.stderr
    assert rows(path) == before
    listed = run_cli("list", "--lang", "en", tmp=tmp_path, env=viewing)  # reading still works
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 3
