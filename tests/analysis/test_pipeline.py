"""The whole pipeline on articles that are not seeds: what ``expected.json`` says a correct extractor finds.

Every fixture and every aspect is its own test, so a failure names the article and what went wrong.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from analysis.documents import build_document, load_corpus
from analysis.pipeline import BUNDLED_SEEDS, analyze_corpus, analyze_document, corpus_years, summarize_corpus
from analysis.types import CorpusAnalysis, DocumentAnalysis

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
EXPECTED: dict[str, dict[str, Any]] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
ARTICLES = sorted(EXPECTED)


def test_every_fixture_article_is_described_and_loaded(fixture_corpus: CorpusAnalysis) -> None:
    assert sorted(path.stem for path in FIXTURES.glob("*.txt")) == ARTICLES
    assert [analysis.document.id for analysis in fixture_corpus.documents] == ARTICLES
    # expected.json is named as skipped, not read
    assert [(Path(p.path).name, p.code) for p in fixture_corpus.problems] == [
        ("expected.json", "skipped_unsupported")
    ]


@pytest.mark.parametrize("article", ARTICLES)
def test_year(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    assert fixture_docs[article].document.year == EXPECTED[article]["year"]


@pytest.mark.parametrize("article", ARTICLES)
def test_published(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    expected = EXPECTED[article]["published"]
    published = fixture_docs[article].document.published
    assert published == (datetime.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize("article", ARTICLES)
def test_outlet(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    assert fixture_docs[article].document.outlet == EXPECTED[article]["outlet"]


@pytest.mark.parametrize("article", ARTICLES)
def test_title(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    assert fixture_docs[article].document.title == EXPECTED[article]["title"]


@pytest.mark.parametrize("article", ARTICLES)
def test_themes(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    found = [(theme.year, theme.text.casefold(), theme.kind) for theme in fixture_docs[article].themes]
    expected = [
        (theme["year"], theme["text"].casefold(), theme["kind"]) for theme in EXPECTED[article]["themes"]
    ]
    assert found == expected


@pytest.mark.parametrize("article", ARTICLES)
def test_priorities(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    found = fixture_docs[article].priorities
    expected = EXPECTED[article]["priorities"]
    assert len(found) == len(expected), [priority.heading for priority in found]
    for want in expected:
        matching = [p for p in found if want["heading_contains"].casefold() in p.heading.casefold()]
        assert len(matching) == 1, (want["heading_contains"], [p.heading for p in found])
        (priority,) = matching
        assert len(priority.items) == want["items_count"]
        starts = [item.text.casefold() for item in priority.items]
        for text, start in zip(starts, want["items_start"], strict=True):
            assert text.startswith(start.casefold()), (text, start)


@pytest.mark.parametrize("article", ARTICLES)
def test_figures(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    found = [(figure.value, figure.unit, figure.qualifier) for figure in fixture_docs[article].figures]
    expected = [
        (figure["value"], figure["unit"], figure["qualifier"]) for figure in EXPECTED[article]["figures"]
    ]
    assert found == expected


@pytest.mark.parametrize("article", ARTICLES)
def test_events(fixture_corpus: CorpusAnalysis, article: str) -> None:
    timeline = [event for event in fixture_corpus.timeline if event.doc == article]
    expected = EXPECTED[article]["events"]
    assert sorted({event.date.isoformat() for event in timeline}) == sorted(
        {event["date"] for event in expected}
    )
    for want in expected:
        titles = [event.title.casefold() for event in timeline if event.date.isoformat() == want["date"]]
        assert any(want["title_contains"].casefold() in title for title in titles), (want, titles)


@pytest.mark.parametrize("article", ARTICLES)
def test_not_figures(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    texts = {figure.text for figure in fixture_docs[article].figures}
    assert texts.isdisjoint(EXPECTED[article]["not_figures"])


@pytest.mark.parametrize("article", ARTICLES)
def test_facts_quote_their_article(fixture_docs: dict[str, DocumentAnalysis], article: str) -> None:
    analysis = fixture_docs[article]
    body = analysis.document.body
    facts = [*analysis.themes, *analysis.priorities, *analysis.figures, *analysis.events]
    assert all(fact.doc == article and fact.sentence in body for fact in facts)


# --- the pipeline itself -------------------------------------------------------------------------


def test_analyze_document_on_a_built_document() -> None:
    document = build_document(
        "tin",
        "Tin vắn\n(VOV5) - Sáng 10/10, Ngày Chuyển đổi số quốc gia năm 2023 có hơn 80.000 tổ tham gia.\n"
        "Thủ tướng nêu 2 nhiệm vụ: phát triển dữ liệu số; bảo đảm an ninh mạng.",
    )
    analysis = analyze_document(document)
    assert [(s.index, s.paragraph) for s in analysis.sentences] == [(0, 0), (1, 1), (2, 2)]
    assert [(f.value, f.unit, f.year) for f in analysis.figures] == [(80000.0, "tổ", 2023)]
    assert [(e.date.isoformat(), e.kind) for e in analysis.events] == [("2023-10-10", "ndt_day")]
    assert [[item.concept for item in p.items] for p in analysis.priorities] == [
        ["digital_data", "cybersecurity"]
    ]
    assert 10 < analysis.words < 40


def test_analyze_corpus_defaults_to_the_bundled_seeds(seed_corpus: CorpusAnalysis) -> None:
    assert BUNDLED_SEEDS.is_dir()
    progress: list[tuple[int, int, str]] = []
    corpus = analyze_corpus(cache_path=None, progress=lambda *args: progress.append(args))
    assert [a.document.id for a in corpus.documents] == [a.document.id for a in seed_corpus.documents]
    assert corpus.analysed == tuple(a.document.id for a in seed_corpus.documents)
    assert corpus.from_cache == ()
    assert corpus.problems == ()
    # once the cache has been read (nothing in it), after each analysed document, and at the end
    ids = [a.document.id for a in seed_corpus.documents]
    assert progress == [(0, 5, ""), *((n + 1, 5, doc) for n, doc in enumerate(ids)), (5, 5, "")]


def test_seed_corpus_summary(seed_corpus: CorpusAnalysis) -> None:
    assert seed_corpus.problems == ()
    assert corpus_years(seed_corpus.documents) == [2022, 2023, 2024]
    words = {summary.year: summary.words for summary in seed_corpus.years}
    assert words[2024] == sum(a.words for a in seed_corpus.documents if a.document.year == 2024)
    assert seed_corpus.figures == tuple(f for a in seed_corpus.documents for f in a.figures)
    assert seed_corpus.priorities == tuple(p for a in seed_corpus.documents for p in a.priorities)


def test_documents_without_a_year_are_kept_out_of_the_years(fixture_corpus: CorpusAnalysis) -> None:
    assert [summary.year for summary in fixture_corpus.years] == [2020, 2021, 2023, 2025, 2026]
    assert all("no_year" not in summary.documents for summary in fixture_corpus.years)
    assert [(f.value, f.year) for f in fixture_corpus.figures if f.doc == "no_year"] == [(12.0, None)]


def test_summarize_an_empty_corpus() -> None:
    corpus = summarize_corpus([])
    assert (corpus.documents, corpus.years, corpus.priorities, corpus.figures, corpus.timeline) == (
        (),
        (),
        (),
        (),
        (),
    )


def test_problems_do_not_stop_the_rest(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00\x00")
    corpus = analyze_corpus(
        [tmp_path / "bad.txt", tmp_path / "missing.txt", BUNDLED_SEEDS / "000_bad03276209439be.txt"]
    )
    assert [a.document.id for a in corpus.documents] == ["000_bad03276209439be"]
    assert [problem.path for problem in corpus.problems] == [
        str(tmp_path / "missing.txt"),
        str(tmp_path / "bad.txt"),
    ]


def test_a_process_pool_gives_the_serial_results(
    monkeypatch: pytest.MonkeyPatch, seeds_dir: Path, fixture_articles_dir: Path
) -> None:
    import multiprocessing

    import analysis.pipeline as pipeline

    documents, _ = load_corpus([seeds_dir, fixture_articles_dir])
    serial = list(pipeline.analyze_documents(documents, workers=1))
    monkeypatch.setattr(pipeline, "POOL_MIN_DOCUMENTS", 2)  # the real threshold is above 11 articles
    workers_seen: list[int] = []
    pooled = list(
        pipeline.analyze_documents(
            documents,
            workers=2,
            progress=lambda done, doc: workers_seen.append(len(multiprocessing.active_children())),
        )
    )
    assert max(workers_seen) >= 2  # the work really went to the pool
    assert pooled == serial
    assert [a.document.id for a in pooled] == [d.id for d in documents]


def test_a_year_stated_only_by_a_list_joins_the_comparison(seed_corpus: CorpusAnalysis) -> None:
    """A 2024 review that sets 2025's tasks: 2025 is compared though no article is about it."""
    from dataclasses import replace

    analysis = next(a for a in seed_corpus.documents if a.priorities)
    ahead = replace(analysis, priorities=(*analysis.priorities, replace(analysis.priorities[0], year=2025)))
    others = [a for a in seed_corpus.documents if a is not analysis]
    corpus = summarize_corpus([*others, ahead])
    assert 2025 not in corpus_years([*others, ahead])
    stated = {row.concept: row.years for row in corpus.comparison}
    assert any(2025 in years for years in stated.values())
    assert (2024, 2025) in {(change.from_year, change.to_year) for change in corpus.changes}


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid``, read from /proc (zombies count as gone: they run nothing)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue  # ended while looking
        fields = dict(line.split(":\t", 1) for line in status.splitlines() if ":\t" in line)
        if not fields.get("State", "").startswith(("Z", "X")):
            parents[int(entry.name)] = int(fields["PPid"])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = next(
            line for line in Path(f"/proc/{pid}/status").read_text().splitlines() if line.startswith("State:")
        )
    except (OSError, StopIteration):
        return False
    return not state.split()[1].startswith(("Z", "X"))


def _niceness(pid: int) -> int:
    try:  # field 19 of /proc/PID/stat, counted after the command name in parentheses
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16])
    except (OSError, IndexError, ValueError):
        return 0


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="reads the process table from /proc")
def test_kill_9_of_report_leaves_no_worker_or_tracker_behind(tmp_path: Path, seeds_dir: Path) -> None:
    """The pool's workers (and multiprocessing's resource tracker, which waits for them) end within a
    few seconds of their parent's SIGKILL, instead of running on forever. They run at a lower
    priority than their parent, so a dashboard's visitors keep the CPU during a re-analysis."""
    import analysis.pipeline as pipeline

    corpus = tmp_path / "articles"
    corpus.mkdir()
    seeds = sorted(seeds_dir.glob("*.txt"))
    for number in range(pipeline.POOL_MIN_DOCUMENTS + 8):  # enough articles for the pool
        text = seeds[number % len(seeds)].read_text(encoding="utf-8")
        (corpus / f"a{number:03}.txt").write_text(f"{text}\nGhi chú số {number}.\n", encoding="utf-8")
    env = dict(os.environ, DXPOLICY_WORKERS="2", DXPOLICY_STORE=str(tmp_path / "store.sqlite3"))
    started: set[int] = set()
    report = subprocess.Popen(
        [sys.executable, "-m", "analysis", "report", str(corpus), "--no-cache", "--no-seeds", "--no-store"],
        cwd=Path(__file__).resolve().parents[2],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        niced: set[int] = set()
        # two workers (lowered in priority once started) and the resource tracker
        while (len(started) < 3 or len(niced) < 2) and time.monotonic() < deadline:
            assert report.poll() is None, "the report ended before its pool started"
            started = _children(report.pid)
            niced = {pid for pid in started if _niceness(pid) >= pipeline.WORKER_NICENESS}
            time.sleep(0.1)
        assert len(started) >= 3 and len(niced) == 2, f"the pool did not start: {started}, niced {niced}"
        report.send_signal(signal.SIGKILL)
        report.wait(timeout=10)
        deadline = time.monotonic() + 5
        while any(map(_alive, started)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [pid for pid in started if _alive(pid)] == []
    finally:
        for pid in {report.pid} | started:  # never leave debris, even when failing
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)


def test_analyses_in_memory_are_reused_and_only_the_new_article_is_analysed(
    tmp_path: Path, seeds_dir: Path, seed_corpus: CorpusAnalysis
) -> None:
    """A server's update: the corpus it serves lends its analyses; the result is the same corpus."""
    from dataclasses import replace

    from analysis.cache import cache_key

    new = tmp_path / "moi.txt"
    new.write_text(
        "Hậu Giang ra mắt 730 tổ công nghệ số\n\nNăm 2025, tỉnh Hậu Giang có 730 tổ công nghệ số.\n",
        encoding="utf-8",
    )
    served = {cache_key(analysis.document): analysis for analysis in seed_corpus.documents}
    updated = analyze_corpus([seeds_dir, new], cache_path=None, reuse=served)
    assert updated.analysed == ("moi",)
    assert all(a is served[cache_key(a.document)] for a in updated.documents if a.document.id != "moi")
    fresh = analyze_corpus([seeds_dir, new], cache_path=None)
    assert fresh.analysed == (*served_ids(seed_corpus), "moi")  # without reuse, everything again
    assert replace(updated, analysed=(), from_cache=()) == replace(fresh, analysed=(), from_cache=())


def served_ids(corpus: CorpusAnalysis) -> tuple[str, ...]:
    return tuple(analysis.document.id for analysis in corpus.documents)
