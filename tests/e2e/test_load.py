"""A shared server under load: fifty visitors over Streamlit's websocket protocol (loopback, no
browser) keep getting answers while one more saves an article, none of them held back until the
save ends; they see it marked as updating meanwhile and get the new article once it is analysed.
Any visitor's "clear cache" costs the others no re-analysis. How fast those answers are is measured,
phase by phase at 1,000 articles, by ``benchmarks/load.py`` (BENCHMARKS.md, "Shared server"), not
here: a bound in seconds would fail whenever the machine is busy."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from analysis.intake import add_files
from analysis.store import CorpusStore
from tests.e2e.conftest import run_dashboard
from tests.e2e.streamlit_ws import Run, SessionError, StreamlitSession
from tests.e2e.test_browser import MAIN, _assert_no_errors, _open, _screenshot, _wait_until_idle

SESSIONS = 50
# Seconds between one visitor's reruns, drawn uniformly: about 25 reruns a second from fifty visitors.
THINK_S = (0.5, 3.5)
UPDATING = "Đang cập nhật kho bài viết"
NEW_ARTICLE = (
    "Hậu Giang ra mắt 730 tổ công nghệ số cộng đồng\n\n"
    "Năm 2025, tỉnh Hậu Giang đã thành lập 730 tổ công nghệ số cộng đồng tại các ấp.\n"
)


@dataclass
class Answers:
    """Every rerun the visitors got back: (start, end, run); failures as messages."""

    runs: list[tuple[float, float, Run]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The dashboard on the seeds, with an empty store; its base URL and its folder."""
    workdir = tmp_path_factory.mktemp("load")
    with run_dashboard(workdir) as base:
        yield base, workdir


def _visit(session: StreamlitSession, answers: Answers, stop: threading.Event, seed: int) -> None:
    think = random.Random(seed)
    stop.wait(think.uniform(0, THINK_S[1]))  # visitors do not all click at the same moment
    while not stop.is_set():
        started = time.monotonic()
        try:
            run = session.rerun()
        except (SessionError, OSError) as error:
            with answers.lock:
                answers.failures.append(f"{type(error).__name__}: {error}")
            return
        with answers.lock:
            answers.runs.append((started, time.monotonic(), run))
        stop.wait(think.uniform(*THINK_S))


def _articles(run: Run) -> int:
    """How many articles the sidebar's article filter offers."""
    return len(run.find("multiselect", "Bài viết").proto.options)  # type: ignore[attr-defined]


def test_visitors_keep_getting_answers_while_another_saves(dashboard: tuple[str, Path]) -> None:
    base, workdir = dashboard
    visitors = [StreamlitSession(base) for _ in range(SESSIONS)]
    saver = StreamlitSession(base)
    try:
        before = [visitor.rerun(page="") for visitor in visitors]
        assert all(_articles(run) == 5 for run in before)  # the seeds
        library = saver.rerun(page="library")
        uploaded, uploader = saver.upload(library, [("hau_giang.txt", NEW_ARTICLE.encode())])
        answers, stop = Answers(), threading.Event()
        threads = [
            threading.Thread(target=_visit, args=(visitor, answers, stop, seed), daemon=True)
            for seed, visitor in enumerate(visitors)
        ]
        for thread in threads:
            thread.start()
        time.sleep(THINK_S[1] + 1.0)  # every visitor is rerunning
        save_started = time.monotonic()
        saved = saver.click(uploaded, "Lưu vào kho", widgets=[uploader])
        save_ended = time.monotonic()
        time.sleep(THINK_S[1])
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
    finally:
        for session in [*visitors, saver]:
            session.close()

    assert answers.failures == []
    # the saving visitor waited for its own result: its page already counts the new article
    assert any("Đã lưu 1 bài" in text for text in saved.texts("alert"))
    assert _articles(saved) == 6
    during = [run for started, ended, run in answers.runs if started >= save_started and ended <= save_ended]
    # not queued behind the save: these reruns began after it started and were answered before it ended
    assert during, "no visitor got an answer while the article was being saved and analysed"
    # meanwhile the others were served the last good corpus, told it is being updated
    assert any(any(text.startswith(UPDATING) for text in run.texts("alert")) for run in during)
    assert all(_articles(run) in (5, 6) for run in during)
    # the pool's worker ran nothing of the app (a spawned worker re-running app.py would warn)
    errors = (workdir / "server.log").read_text(encoding="utf-8", errors="replace")
    assert "without `streamlit run`" not in errors and "missing ScriptRunContext" not in errors


def test_a_visitors_clear_cache_message_costs_the_others_no_reanalysis(dashboard: tuple[str, Path]) -> None:
    base, _ = dashboard
    with StreamlitSession(base) as visitor, StreamlitSession(base) as other:
        visitor.rerun(page="")
        other.rerun(page="")
        visitor.clear_cache()
        after = other.rerun()
        # the corpus was not dropped: no progress bar of a new analysis, the same articles, no notice
        assert not [text for text in after.texts("alert") if text.startswith(UPDATING)]
        assert not after.texts("progress")
        assert _articles(after) >= 5


@pytest.mark.browser
@pytest.mark.parametrize(("language", "notice"), [("vi", UPDATING), ("en", "Updating the articles")])
def test_a_browser_shows_the_last_corpus_while_updating_then_refreshes_itself(
    page: Any, chromium_path: Path, tmp_path: Path, screenshots_dir: Path, language: str, notice: str
) -> None:
    """An article saved elsewhere (the command line): an open page keeps the last good figures, says
    the articles are being updated, and shows the new article on its own once it is analysed."""
    store = tmp_path / "store.sqlite3"
    with run_dashboard(tmp_path, store=store) as base:
        _open(page, base, "?lang=" + {"vi": "Tiếng Việt", "en": "English"}[language])
        # enough new articles that their analysis outlasts a page's reload on a busy machine
        batch = [(f"hau_giang_{n}.txt", f"{NEW_ARTICLE}Ghi chú số {n}.\n".encode()) for n in range(40)]
        with CorpusStore(store) as opened:
            assert len(add_files(opened, batch).added) == 40
        time.sleep(1.2)  # the change is looked for at most once a second
        page.reload(wait_until="domcontentloaded")
        sidebar = page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text(notice).wait_for(timeout=30_000)
        assert page.locator(f"{MAIN} h1").first.inner_text().strip()  # the page itself is still shown
        _screenshot(page, screenshots_dir, f"corpus-updating-{language}")
        sidebar.get_by_text(notice).wait_for(state="detached", timeout=120_000)  # no click needed
        _wait_until_idle(page)
        _assert_no_errors(page)
        assert page.get_by_text("Hậu Giang ra mắt 730 tổ").count() > 0 or page.get_by_text("730").count() > 0
        _screenshot(page, screenshots_dir, f"corpus-updated-{language}")
