"""The analyst's curation is kept in the store: a round trip in a real SQLite file, an older store
migrated in place, a damaged or view-only store refused plainly, and the CLI reading it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.curation import clean_caption, figure_key
from analysis.present.curate import curate_key_figures
from analysis.store import CorpusStore, StoreError
from analysis.types import CorpusAnalysis, Curation

ROOT = Path(__file__).resolve().parents[2]


def _pins(corpus: CorpusAnalysis, *values: float) -> tuple[str, ...]:
    return tuple(figure_key(next(f for f in corpus.figures if f.value == v)) for v in values)


def test_a_curation_round_trips(tmp_path: Path, seed_corpus: CorpusAnalysis) -> None:
    platforms, people = _pins(seed_corpus, 16.0, 5_000_000.0)
    curation = Curation(
        pinned=(people, platforms),
        hidden=_pins(seed_corpus, 80000.0),
        captions=((platforms, "Nhóm nền tảng số\u0301 <script>"),),
        measure="0a1b2c3d",
    )
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        saved = store.save_curation(curation)
    with CorpusStore(path) as store:
        assert store.curation() == saved
    assert saved.pinned == (people, platforms) and saved.measure == "0a1b2c3d"
    assert saved.captions == ((platforms, clean_caption("Nhóm nền tảng số\u0301 <script>")),)
    with CorpusStore(path) as store:
        store.save_curation(Curation())
        assert store.curation() == Curation()


def test_a_pin_to_a_vanished_figure_is_kept_and_reported(tmp_path: Path, seed_corpus: CorpusAnalysis) -> None:
    gone = "removed~42~tổ~42 tổ~r"
    with CorpusStore(tmp_path / "corpus.sqlite3") as store:
        store.save_curation(Curation(pinned=(gone, *_pins(seed_corpus, 16.0))))
        kept = store.curation()
    assert kept.pinned[0] == gone
    result = curate_key_figures(seed_corpus.figures, kept, "vi")
    assert result.missing == (gone,) and result.cards[0].figure.value == 16.0


def _as_schema_2(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("DROP TABLE curation")
        connection.execute("PRAGMA user_version = 2")
        connection.commit()


def test_a_store_without_the_table_is_migrated_in_place(tmp_path: Path, three_articles_store: Path) -> None:
    path = three_articles_store
    _as_schema_2(path)
    with CorpusStore(path, read_only=True) as viewing:  # viewed, not migrated: no curation yet
        assert viewing.curation() == Curation()
    with CorpusStore(path) as store:
        assert [d.id for d in store.list_documents()] == ["binh-phuoc", "ha-giang", "hau-giang"]
        store.save_curation(Curation(hidden=("a~1~tổ~1 tổ~r",)))
    with CorpusStore(path) as store:
        assert store.curation().hidden == ("a~1~tổ~1 tổ~r",)
    assert (tmp_path / "corpus.sqlite3.bak-v2").is_file()  # copied aside before the change


def test_a_store_opened_for_viewing_refuses_to_save(tmp_path: Path) -> None:
    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    before = path.read_bytes()
    with CorpusStore(path, read_only=True) as store, pytest.raises(StoreError) as refused:
        store.save_curation(Curation())
    assert refused.value.problem.code == "store_view_only"
    with CorpusStore(path) as store:
        assert store.curation().pinned == ("a",)
    assert path.read_bytes() == before


def test_a_damaged_store_refuses_plainly_and_is_not_written(three_articles_store: Path) -> None:
    path = three_articles_store
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 8] = b"\x0d\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as refused:
        CorpusStore(path)
    assert refused.value.problem.code == "store_damaged"
    assert path.read_bytes() == bytes(data)


def _cli(*args: str | Path, store: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DXPOLICY_")}
    env.update(DXPOLICY_STORE=str(store), DXPOLICY_CACHE=str(store.parent / "cache.sqlite3"))
    return subprocess.run(
        [sys.executable, "-m", "analysis", *map(str, args)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def test_the_markdown_report_uses_the_stored_curation_unless_no_store(
    tmp_path: Path, seed_corpus: CorpusAnalysis
) -> None:
    platforms = _pins(seed_corpus, 16.0)[0]
    store = tmp_path / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        opened.save_curation(Curation(pinned=(platforms,), captions=((platforms, "Nền tảng *quốc gia*"),)))
    curated = _cli("report", "--format", "md", "--lang", "vi", store=store)
    assert curated.returncode == 0, curated.stderr
    assert r"Nền tảng \*quốc gia\*" in curated.stdout  # the analyst's caption, escaped
    plain = _cli("report", "--format", "md", "--lang", "vi", "--no-store", store=store)
    assert plain.returncode == 0, plain.stderr
    assert r"Nền tảng \*quốc gia\*" not in plain.stdout


def test_the_deck_and_the_handout_use_the_stored_curation(
    tmp_path: Path, seed_corpus: CorpusAnalysis
) -> None:
    from docx import Document as WordDocument
    from pptx import Presentation

    from analysis.present.i18n import translate

    platforms, teams = _pins(seed_corpus, 16.0, 80000.0)
    store = tmp_path / "corpus.sqlite3"
    with CorpusStore(store) as opened:
        opened.save_curation(
            Curation(pinned=(platforms,), hidden=(teams,), captions=((platforms, "Nền tảng số <quốc gia>"),))
        )
    deck, handout = tmp_path / "deck.pptx", tmp_path / "brief.docx"
    for command in (("deck", "-o", deck), ("brief", "-o", handout)):
        done = _cli(*command, "--no-cache", "--lang", "vi", store=store)
        assert done.returncode == 0, done.stderr
    title = translate("figures_title", "vi", value="")
    slide = next(
        text
        for slide in Presentation(str(deck)).slides
        for text in ["\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)]
        if text.startswith(title)
    )
    assert slide.startswith(f"{title}16 nhóm nền tảng số — Nền tảng số <quốc gia>")
    assert "hơn 80.000 tổ" not in slide  # hidden
    word = WordDocument(str(handout))
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n".join(cell.text for table in word.tables for row in table.rows for cell in row.cells)
    assert "Nền tảng số <quốc gia>" in text


def test_a_locked_store_says_so_and_loses_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import analysis.store.schema

    path = tmp_path / "corpus.sqlite3"
    with CorpusStore(path) as store:
        store.save_curation(Curation(pinned=("a",)))
    monkeypatch.setattr(analysis.store.schema, "BUSY_TIMEOUT_S", 0.2)  # another writer holds it: fail fast
    with CorpusStore(path) as store, contextlib.closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreError) as refused:
            store.save_curation(Curation(pinned=("b",)))
        other.execute("ROLLBACK")
        assert refused.value.problem.code == "store_busy"
        assert store.curation().pinned == ("a",)
