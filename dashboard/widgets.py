"""Small layout helpers shared by the pages: charts with PNG export, CSV downloads, safe text."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.curation import CAPTION_LIMIT, figure_key, hide, pin, relabel
from analysis.present.brief import brief_of
from analysis.present.curate import resolve
from analysis.present.excerpts import Excerpt
from analysis.present.glosses import theme_note
from analysis.present.i18n import translate
from analysis.present.links import GLOBAL_PARAMETERS, explore_href, sentence_index
from analysis.present.problems import describe_problem
from analysis.present.selection import find_document
from analysis.present.sources import documents_source_line
from analysis.present.tables import export_file_name, to_csv_bytes
from analysis.text import escape_markdown
from analysis.types import CorpusAnalysis, Curation, Figure, LoadProblem
from dashboard import data
from dashboard.charts import PLOTLY_CONFIG, with_source_line
from dashboard.plotly_locale import plotly_locale_config
from dashboard.state import Context, current_params
from dashboard.state import context as current_context


def chart(
    figure: go.Figure,
    *,
    key: str,
    config: dict[str, object] | None = None,
    sources: Iterable[str] = (),
    **kwargs: object,
) -> object:
    """A plotly chart whose toolbar downloads a 3× PNG (named by ``config``, see :func:`export_config`)
    and speaks the interface language; the articles ``sources`` names (ids) are its source line,
    on the page and in the PNG."""
    ctx = current_context()
    line = documents_source_line((a.document for a in ctx.corpus.documents), sources, ctx.language)
    config = {**(config or PLOTLY_CONFIG), **plotly_locale_config(ctx.language)}
    return st.plotly_chart(with_source_line(figure, line), key=key, config=config, width="stretch", **kwargs)


SEARCH_YEAR_KEY = "_search_year"  # a clicked year's term: the year the next page's filter shows
WRAPPED_ROW_HEIGHT = 72  # px: three lines of a sentence
_HEADER_HEIGHT = 35  # px: the grid's header row
_WRAPPED_ROWS_SHOWN = 8


def table(
    frame: pd.DataFrame,
    *,
    key: str,
    file_name: str,
    context: Context,
    detail: str = "",
    hide: tuple[str, ...] = (),
    selectable: bool = False,
    csv: bytes | None = None,
    wrap: Mapping[str, str] | None = None,
) -> list[int]:
    """A table (article text shown as plain text) and a CSV download in UTF-8 with BOM, named
    by ``file_name`` (a label key such as ``file_terms``) and ``detail`` in the interface language.

    With ``selectable``, a row can be picked; the picked row positions are returned. ``csv`` is
    the download made beforehand (see ``data.articles_table``); ``frame`` is then never changed.
    """
    shown = frame.drop(columns=[c for c in hide if c in frame.columns]) if hide else frame
    # ``wrap`` gives columns their widths ("small", "medium", "large"): rows three lines high wrap long
    # sentences, so the year and the article stay on screen beside them instead of being cut off.
    layout: dict[str, object] = {}
    if wrap:
        layout = {
            "row_height": WRAPPED_ROW_HEIGHT,
            # up to eight wrapped rows on screen before the grid scrolls (ten short ones did)
            "height": _HEADER_HEIGHT + WRAPPED_ROW_HEIGHT * min(len(shown), _WRAPPED_ROWS_SHOWN) + 3,
            "column_config": {
                column: st.column_config.Column(width=size)
                for column, size in wrap.items()
                if column in shown
            },
        }
    if selectable:
        event = st.dataframe(
            shown,
            hide_index=True,
            width="stretch",
            key=key,
            on_select="rerun",
            selection_mode="single-row",
            **layout,
        )
        rows = list(event.selection.rows)
    else:
        st.dataframe(shown, hide_index=True, width="stretch", **layout)
        rows = []
    st.download_button(
        context.t("download_csv"),
        data=csv if csv is not None and not hide else to_csv_bytes(shown),
        file_name=export_file_name(
            file_name, context.language, detail=detail, day=date.today(), extension="csv"
        ),
        mime="text/csv",
        key=f"{key}_csv",
        icon=":material/download:",
    )
    return rows


def text(value: str, *, tag: str = "p", css: str = "") -> None:
    """Article text, escaped: it is shown as text and can never run or inject anything."""
    style = f' style="{css}"' if css else ""
    st.html(f"<{tag}{style}>{html.escape(value)}</{tag}>")


def figure_card(value: str, label: str, excerpt: Excerpt | None = None) -> None:
    """A key figure as its sentence reads it: what it is about and its year, then the value with its
    unit, wrapping rather than cut off ("16 nhóm nền tảng số"), then the article's own words around
    the number, the number in bold, in Vietnamese whatever the interface language."""
    quote = (
        '<div class="figure-excerpt" lang="vi" style="font-size:0.8rem;color:#666;font-style:italic;'
        f'margin:0 0 0.35rem 0">“{html.escape(excerpt.before)}<b>{html.escape(excerpt.number)}</b>'
        f"{html.escape(excerpt.after)}”</div>"
        if excerpt is not None
        else ""
    )
    st.html(
        '<div class="figure-card">'
        f'<div class="figure-label" style="font-size:0.88rem;color:#555">{html.escape(label)}</div>'
        '<div class="figure-value" style="font-size:1.7rem;font-weight:600;line-height:1.2;'
        f'margin:0.15rem 0 0.35rem 0">{html.escape(value)}</div>{quote}</div>'
    )


def quote(value: str) -> None:
    text(
        value,
        tag="blockquote",
        css="margin:0.2rem 0 0.6rem 0;padding:0.4rem 0.8rem;"
        "border-left:4px solid #0b5394;background:#f3f6fa;font-size:1.05rem",
    )


def theme(context: Context, value: str) -> None:
    """An official theme, verbatim, with its English gloss (or a note that none is curated) in English."""
    quote(value)
    note = theme_note(value, context.language)
    if note:
        text(note, css="margin:-0.3rem 0 0.6rem 0;color:#444;font-style:italic")


def reader_link(context: Context, doc_id: str, *, sentence: str = "", query: str = "") -> str:
    """A link that opens the article in the Explore reader, scrolled to ``sentence`` (marked),
    with ``query`` highlighted; the global view (language, filters) is kept. Articles go by their
    short key, so the link stays short."""
    keys = data.document_key_map(context.key)
    analysis = find_document(context.full, doc_id)
    index = sentence_index(analysis, sentence) if analysis and sentence else None
    return explore_href(current_params(), query=query, doc_key=keys.get(doc_id, doc_id), sentence=index)


def article_link(context: Context, doc_id: str, *, sentence: str) -> None:
    """A link "Article title — the source in the reader →" opening ``sentence`` in its article."""
    href = reader_link(context, doc_id, sentence=sentence)
    article = context.titles.get(doc_id, doc_id)
    st.html(
        f'<a href="{html.escape(href)}" target="_self">{html.escape(article)}'
        f" — {html.escape(context.t('source_in_reader'))} →</a>"
    )


def source(
    context: Context, *, sentence: str, doc_id: str, key: str, query: str = "", original: str | None = None
) -> None:
    """A popover with the source sentence and a link to it, in its article; ``original`` is the
    Vietnamese wording an English label renders ("hơn 80.000 tổ" beside "over 80,000 teams")."""
    labels = context.labels
    with st.popover(context.t("source"), icon=":material/format_quote:", key=key):
        if original and context.language == "en":
            st.caption(context.t("vietnamese_original"))
            text(original, css="margin:0 0 0.4rem 0;font-weight:600")
        st.caption(context.t("source_sentence"))
        text(sentence)
        st.caption(context.t("article"))
        href = reader_link(context, doc_id, sentence=sentence, query=query)
        st.html(
            f'<a href="{html.escape(href)}" target="_self">{html.escape(labels.get(doc_id, doc_id))}</a>'
            f'<br><a href="{html.escape(href)}" target="_self" style="font-size:0.9rem">'
            f"{html.escape(context.t('source_in_reader'))} →</a>"
        )


def open_contexts(context: Context, term: str, *, year: int | None = None) -> None:
    """Go to the Explore page's concordance of ``term`` (a term bar or a word was clicked), in ``year``
    when the click was in one year's chart."""
    params = {key: values for key, values in current_params().items() if key in GLOBAL_PARAMETERS}
    params["q"] = [term]
    if year is not None:
        # The year filter is bound to the link, so a link may not set it here: the sidebar sets it on
        # the next run, before drawing it (see ``sidebar.choose_filters``), and the link then follows.
        params.pop("years", None)
        st.session_state[SEARCH_YEAR_KEY] = [year]
    st.switch_page("views/explore.py", query_params=params)


def export_config(context: Context, kind: str, *, detail: str = "") -> dict[str, object]:
    """The chart toolbar's PNG download, named for what it shows, its source and today's date."""
    name = export_file_name(kind, context.language, detail=detail, day=date.today(), extension="png")
    return {**PLOTLY_CONFIG, "toImageButtonOptions": {"format": "png", "scale": 3, "filename": name[:-4]}}


def tagged(value: str, tag: str) -> None:
    """A priority item (article text, escaped) after a small label naming its concept."""
    st.html(
        '<p style="margin:0.15rem 0 0.5rem 0"><span style="background:#e8f0fa;color:#0b5394;'
        'border-radius:0.6rem;padding:0.05rem 0.5rem;font-size:0.8rem;margin-right:0.4rem">'
        f"{html.escape(tag)}</span>"
        f"{html.escape(value)}</p>"
    )


HANDOUT_KINDS = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def handout_download(
    corpus: CorpusAnalysis, language: str, *, kind: str, key: str, curation: Curation | None = None
) -> None:
    """A download of the meeting story as an A4 handout (``kind`` "pdf" or "docx"), built only when
    clicked: findings first, figures, tables, charts and the numbered sources."""
    from analysis.present.handout import render_handout  # matplotlib, fpdf2: loaded on the first use

    st.download_button(
        translate(f"download_handout_{kind}", language),
        help=translate("download_handout_help", language),
        data=lambda: render_handout(
            brief_of(corpus, language=language, day=date.today(), curation=curation), kind=kind
        ),
        file_name=export_file_name("file_handout", language, day=date.today(), extension=kind),
        mime=HANDOUT_KINDS[kind],
        icon=":material/description:",
        key=key,
        on_click="ignore",
        width="stretch",
    )


# --- the analyst's curation of key figures ------------------------------------------------------

_CURATION_NOTICE = "_curation_notice"


def _save_edit(edit: Callable[[Curation], Curation], language: str) -> None:
    """Apply ``edit`` to the curation as stored now (another tab may have changed it) and save it;
    what happened is said on the next run (:func:`curation_notice`)."""
    from dashboard.access import current_access

    stored, problem = data.load_curation()
    if problem is None:  # keys as the figures are read now, so an edit finds what it changes
        stored = resolve(current_context().full.figures, stored)
        problem = data.save_curation(edit(stored), can_edit=current_access().can_edit)
    if problem is None:
        st.session_state[_CURATION_NOTICE] = ("success", translate("curate_saved", language))
    else:
        message = data.public(describe_problem(problem, language=language))
        st.session_state[_CURATION_NOTICE] = ("error", translate("curate_unsaved", language, message=message))


def _save_caption(figure_key: str, state_key: str, language: str) -> None:
    caption = str(st.session_state.get(state_key, ""))
    _save_edit(lambda curation: relabel(curation, figure_key, caption), language)


def curation_notice(context: Context, problem: LoadProblem | None = None) -> None:
    """What the last curation change did (saved, or why not), and a store that cannot be read."""
    if problem is not None:
        message = data.public(describe_problem(problem, language=context.language))
        st.warning(
            escape_markdown(context.t("curate_unreadable", message=message)), icon=":material/warning:"
        )
    notice = st.session_state.pop(_CURATION_NOTICE, None)
    if notice is None:
        return
    level, message = notice
    if level == "success":
        st.toast(message, icon=":material/check:")
    else:
        st.error(escape_markdown(message), icon=":material/error:")


def curate_figure(context: Context, figure: Figure, curation: Curation, *, key: str) -> None:
    """Pin, hide and relabel controls for one figure, in a popover; each change is saved to the store
    at once (refused, and said so, where the library is view-only)."""
    from dashboard.access import current_access

    name = figure_key(figure)
    pinned, hidden = name in curation.pinned, name in curation.hidden
    editable = current_access().can_edit
    with st.popover(context.t("curate"), icon=":material/tune:", help=context.t("curate_help"), key=key):
        if pinned:
            st.caption(f":material/keep: {context.t('curate_pinned_mark')}")
        if not editable:
            st.caption(context.t("curate_read_only"))
        st.button(
            context.t("curate_unpin" if pinned else "curate_pin"),
            icon=":material/keep_off:" if pinned else ":material/keep:",
            key=f"{key}_pin",
            on_click=_save_edit,
            args=(lambda c: pin(c, name), context.language),
            disabled=not editable,
        )
        st.button(
            context.t("curate_unhide" if hidden else "curate_hide"),
            icon=":material/visibility:" if hidden else ":material/visibility_off:",
            key=f"{key}_hide",
            on_click=_save_edit,
            args=(lambda c: hide(c, name), context.language),
            disabled=not editable,
        )
        state_key = f"{key}_caption"
        st.text_input(
            context.t("curate_caption"),
            value=dict(curation.captions).get(name, ""),
            max_chars=CAPTION_LIMIT,
            key=state_key,
            disabled=not editable,
        )
        st.button(
            context.t("curate_save_caption"),
            icon=":material/save:",
            key=f"{key}_save",
            on_click=_save_caption,
            args=(name, state_key, context.language),
            disabled=not editable,
        )


def forget_pins(keys: tuple[str, ...], language: str) -> None:
    """Unpin the figures that are gone (a button's callback)."""
    gone = set(keys)
    _save_edit(lambda c: replace(c, pinned=tuple(k for k in c.pinned if k not in gone)), language)


def save_measure(measure: str, language: str) -> None:
    """Make ``measure`` the same-measure chart of the presentation (a button's callback)."""
    _save_edit(lambda c: replace(c, measure=measure), language)
