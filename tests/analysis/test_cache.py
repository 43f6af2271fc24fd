"""The SQLite cache of per-document results: reused when unchanged, never fatal when broken."""

from __future__ import annotations

import json
import os
import pickle
import shutil
import sqlite3
from pathlib import Path

import pytest

from analysis.cache import AnalysisCache, CacheError, cache_key, default_cache_path
from analysis.documents import build_document
from analysis.pipeline import analyze_corpus, analyze_document
from analysis.present.problems import describe_problem
from analysis.present.report import build_report

SEED_000 = "000_bad03276209439be"
SEED_003 = "003_58bd2110ae835d9e"


@pytest.fixture
def corpus_dir(tmp_path: Path, seeds_dir: Path) -> Path:
    """Two seeds copied to a folder the tests may edit (the 2023 one and the one with figures)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc_id in (SEED_000, SEED_003):
        shutil.copy(seeds_dir / f"{doc_id}.txt", folder)
    return folder


def test_unchanged_corpus_comes_from_cache(tmp_path: Path, corpus_dir: Path) -> None:
    cache_path = tmp_path / "cache" / "analysis.sqlite3"  # the folder is created
    first = analyze_corpus([corpus_dir], cache_path=cache_path)
    assert first.analysed == (SEED_000, SEED_003)
    assert first.from_cache == ()
    assert first.problems == ()
    assert cache_path.is_file()

    second = analyze_corpus([corpus_dir], cache_path=cache_path)
    assert second.analysed == ()
    assert second.from_cache == (SEED_000, SEED_003)
    assert second.problems == ()
    assert build_report(second) == build_report(first)


def test_only_the_edited_document_is_analysed_again(tmp_path: Path, corpus_dir: Path) -> None:
    cache_path = tmp_path / "c.sqlite3"
    analyze_corpus([corpus_dir], cache_path=cache_path)
    edited = corpus_dir / f"{SEED_003}.txt"
    edited.write_text(
        edited.read_text(encoding="utf-8").replace("hơn 80.000 tổ", "hơn 90.000 tổ"), encoding="utf-8"
    )
    again = analyze_corpus([corpus_dir], cache_path=cache_path)
    assert again.analysed == (SEED_003,)
    assert again.from_cache == (SEED_000,)
    assert 90000.0 in [figure.value for figure in again.figures]
    assert 80000.0 not in [figure.value for figure in again.figures]


def test_a_sidecar_override_invalidates_only_its_document(tmp_path: Path, corpus_dir: Path) -> None:
    cache_path = tmp_path / "c.sqlite3"
    analyze_corpus([corpus_dir], cache_path=cache_path)
    (corpus_dir / "metadata.json").write_text(json.dumps({SEED_000: {"year": 2030}}), encoding="utf-8")
    again = analyze_corpus([corpus_dir], cache_path=cache_path)
    assert again.analysed == (SEED_000,)
    assert again.from_cache == (SEED_003,)
    assert {a.document.id: a.document.year for a in again.documents} == {SEED_000: 2030, SEED_003: 2024}
    assert [summary.year for summary in again.years] == [2024, 2030]


def test_corrupt_cache_file_is_reported_left_alone_and_not_fatal(tmp_path: Path, corpus_dir: Path) -> None:
    cache_path = tmp_path / "c.sqlite3"
    garbage = b"this is not a database\x00\xff" + os.urandom(4096)
    cache_path.write_bytes(garbage)
    before = sorted(path.name for path in tmp_path.iterdir())

    corpus = analyze_corpus([corpus_dir], cache_path=cache_path)

    assert [analysis.document.id for analysis in corpus.documents] == [SEED_000, SEED_003]
    assert corpus.analysed == (SEED_000, SEED_003)
    assert 80000.0 in [figure.value for figure in corpus.figures]
    assert [problem.path for problem in corpus.problems] == [str(cache_path)]
    assert "cannot be used as the analysis cache" in describe_problem(corpus.problems[0], language="en")
    assert "left as it is" in describe_problem(corpus.problems[0], language="en")
    assert "không dùng được làm bộ nhớ đệm" in corpus.problems[0].message
    assert cache_path.read_bytes() == garbage
    assert sorted(path.name for path in tmp_path.iterdir()) == before  # no journal or copy left behind


def test_corrupt_cache_with_a_sqlite_header_is_not_fatal(tmp_path: Path, corpus_dir: Path) -> None:
    cache_path = tmp_path / "c.sqlite3"
    garbage = b"SQLite format 3\x00" + b"\xff" * 4096
    cache_path.write_bytes(garbage)
    corpus = analyze_corpus([corpus_dir], cache_path=cache_path)
    assert len(corpus.documents) == 2
    assert len(corpus.problems) == 1
    assert cache_path.read_bytes() == garbage


def test_cache_path_that_is_a_folder_is_a_problem(tmp_path: Path, corpus_dir: Path) -> None:
    corpus = analyze_corpus([corpus_dir], cache_path=tmp_path)
    assert len(corpus.documents) == 2
    assert [problem.path for problem in corpus.problems] == [str(tmp_path)]


def test_cache_without_a_path_neither_reads_nor_writes(tmp_path: Path, corpus_dir: Path) -> None:
    corpus = analyze_corpus([corpus_dir], cache_path=None)
    assert corpus.analysed == (SEED_000, SEED_003)
    assert corpus.from_cache == ()
    assert list(tmp_path.rglob("*.sqlite3")) == []


def test_cache_key_depends_on_text_path_and_overrides() -> None:
    base = build_document("a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="x/a.txt")
    assert cache_key(base) == cache_key(
        build_document("a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="x/a.txt")
    )
    assert cache_key(base) != cache_key(
        build_document("a", "Tiêu đề\nNăm 2023 có hơn 90.000 tổ.", path="x/a.txt")
    )
    assert cache_key(base) != cache_key(
        build_document("a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="y/a.txt")
    )
    overridden = build_document(
        "a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="x/a.txt", overrides={"year": 2024}
    )
    assert cache_key(base) != cache_key(overridden)


@pytest.mark.parametrize(
    "stored",
    [
        b"not text at all \x80\xff",
        "not JSON",
        "[1, 2, 3]",
        '{"document": "a"}',
        "[" * 100_000,
    ],
    ids=["bytes", "not-json", "wrong-shape", "object", "deep-nesting"],
)
def test_a_value_that_does_not_decode_is_dropped_and_recomputed(tmp_path: Path, stored: object) -> None:
    document = build_document("a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="a.txt")
    analysis = analyze_document(document)
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    try:
        assert cache.get(document) is None
        cache.put(analysis)
        assert cache.get(document) == analysis
    finally:
        cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite3") as connection:
        connection.execute("UPDATE analysis_json SET value = ?", (stored,))
    connection.close()
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    try:
        assert cache.get(document) is None
    finally:
        cache.close()
    with sqlite3.connect(tmp_path / "c.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM analysis_json").fetchone() == (0,)  # dropped
    connection.close()


def test_a_valid_value_filed_under_another_documents_key_is_not_served(tmp_path: Path) -> None:
    first = build_document("a", "Tiêu đề\nNăm 2023 có hơn 80.000 tổ.", path="a.txt")
    second = build_document("b", "Tiêu đề\nNăm 2024 có hơn 90.000 tổ.", path="b.txt")
    cache = AnalysisCache(tmp_path / "c.sqlite3")
    try:
        cache.put(analyze_document(first))
        # whoever can write the file swaps in another document's (valid) result
        cache._connection.execute(
            "UPDATE analysis_json SET key = ? WHERE key = ?", (cache_key(second), cache_key(first))
        )
        assert cache.get(second) is None
    finally:
        cache.close()


class _Payload:
    """A pickle that, when loaded, creates ``marker``: what an attacker would plant in the cache."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Path.touch, (self.marker,))


def test_a_planted_pickle_payload_is_never_run_and_is_deleted(tmp_path: Path, corpus_dir: Path) -> None:
    """An earlier version's tables held pickles; a payload planted there (or in the new table)
    would run as the user if it were unpickled. The marker file proves it never is."""
    control = tmp_path / "control-ran"
    pickle.loads(pickle.dumps(_Payload(control)))
    assert control.exists()  # the payload is live: loading it runs code
    marker = tmp_path / "payload-ran"
    blob = pickle.dumps(_Payload(marker))
    cache_path = tmp_path / "c.sqlite3"
    first = analyze_corpus([corpus_dir], cache_path=cache_path)
    keys = [cache_key(analysis.document) for analysis in first.documents]
    with sqlite3.connect(cache_path) as connection:
        connection.execute("CREATE TABLE document_analysis (key TEXT PRIMARY KEY, doc TEXT, value BLOB)")
        connection.execute("CREATE TABLE document_read (path TEXT PRIMARY KEY, signature TEXT, value BLOB)")
        for key in keys:
            connection.execute("INSERT INTO document_analysis VALUES (?, 'x', ?)", (key, blob))
        connection.execute("INSERT INTO document_read SELECT path, signature, ? FROM read_json", (blob,))
        connection.execute("UPDATE analysis_json SET value = ? WHERE key = ?", (blob, keys[0]))
    connection.close()

    again = analyze_corpus([corpus_dir], cache_path=cache_path)

    assert not marker.exists()
    assert again.analysed == (SEED_000,)  # the entry holding the payload was recomputed
    assert again.from_cache == (SEED_003,)
    assert build_report(again) == build_report(first)
    with sqlite3.connect(cache_path) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    connection.close()
    assert tables == {"analysis_json", "read_json"}
    assert b"payload-ran" not in cache_path.read_bytes()  # dropped, and the space given back


def test_analysis_cache_raises_cache_error_for_garbage(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    path.write_bytes(b"garbage" * 100)
    with pytest.raises(CacheError, match="left as it is"):
        AnalysisCache(path)
    assert path.read_bytes() == b"garbage" * 100


def test_default_cache_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DXPOLICY_CACHE", str(tmp_path / "mine.sqlite3"))
    assert default_cache_path() == tmp_path / "mine.sqlite3"
    monkeypatch.delenv("DXPOLICY_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == tmp_path / "xdg" / "dxpolicy" / "analysis.sqlite3"


def test_interface_labels_do_not_invalidate_cached_analyses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The cache key hashes analysis/data, every file of it; the interface wording sits apart
    # (analysis/present/data), so rewording a label never re-analyses a corpus.
    import analysis.present.resources as present_resources
    import analysis.resources as resources

    data = tmp_path / "data"
    shutil.copytree(resources.DATA_DIR, data)
    monkeypatch.setattr(resources, "DATA_DIR", data)
    assert (present_resources.DATA_DIR / "labels.toml").is_file()
    assert not (data / "labels.toml").exists()

    def fingerprint() -> str:
        resources.data_fingerprint.cache_clear()
        return resources.data_fingerprint()

    try:
        before = fingerprint()
        glossary = data / "glossary.txt"
        glossary.write_text(glossary.read_text(encoding="utf-8") + "\nbản đồ số\n", encoding="utf-8")
        assert fingerprint() != before
        changed = fingerprint()
        grammar = data / "figure_grammar.toml"  # every core file counts, the grammar as the glossary
        grammar.write_text(grammar.read_text(encoding="utf-8") + "\n# a new cue\n", encoding="utf-8")
        assert fingerprint() != changed
    finally:
        resources.data_fingerprint.cache_clear()


def test_the_cache_key_covers_the_extraction_code_and_not_the_views() -> None:
    from analysis import cache as cache_module

    sources = {
        path.relative_to(Path(cache_module.__file__).parent).as_posix()
        for path in cache_module.extraction_sources()
    }
    # how a figure is read and measured is in it; how a card writes it, and the command line, are not
    assert {"figures/measure/carry.py", "figures/ranks.py", "pipeline.py", "dates.py"} <= sources
    assert not any(source.startswith(("present/", "cli/")) for source in sources)


def test_an_edit_to_the_extraction_code_changes_every_cache_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis import cache as cache_module

    document = build_document("a", "Tiêu đề\nNăm 2024, tỉnh có 120 tổ.", path="x/a.txt")
    copy = tmp_path / "pkg"
    shutil.copytree(
        Path(cache_module.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__", "data")
    )
    monkeypatch.setattr(cache_module, "_PACKAGE_DIR", copy)
    cache_module.code_fingerprint.cache_clear()
    before = cache_key(document)
    carry = copy / "figures" / "measure" / "carry.py"
    carry.write_text(carry.read_text(encoding="utf-8") + "\n# a changed rule\n", encoding="utf-8")
    cache_module.code_fingerprint.cache_clear()
    after = cache_key(document)
    monkeypatch.undo()
    cache_module.code_fingerprint.cache_clear()
    assert before != after
