"""Library: upload articles, review their inferred details, save; search, edit and remove added ones."""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from analysis.backup import download_name, export_download
from analysis.intake import Candidate, links_in, prepare_links, prepare_paste, revise_document
from analysis.present.library import (
    corrections_from_review,
    edit_defaults,
    fields_text,
    review_rows,
    search_stored,
    shown_title,
    stored_choice,
    stored_table,
    upload_help,
    uploader_css,
    year_placeholder,
)
from analysis.present.problems import describe_problem
from analysis.read.web import FetchLimits, private_addresses_allowed
from analysis.store import CorpusStore, StoredDocument, StoreError
from analysis.text import escape_markdown
from dashboard import data
from dashboard.access import Access, current_access, sign_in_with_passphrase, sign_out
from dashboard.state import Context, context

_REPORT_KEY = "_library_report"
_GENERATION_KEY = "_library_generation"
_PENDING_REMOVAL_KEY = "_library_pending_removal"
_REMOVAL_GENERATION_KEY = "_library_removal_generation"
_EDIT_CHOICE_KEY = "_library_edit_choice"
_REMOVAL_CHOICE_KEY = "_library_removal_choice"
_UPLOADER_SCOPE = "library_uploader"
# Articles fetched from links or pasted, waiting in the review table with the uploaded files.
_PENDING_KEY = "_library_pending"
# The longest a save waits for its articles' analysis; past it the page shows the "updating" notice.
SAVE_WAIT_S = 600.0


def _show_problems(problems: list, language: str) -> None:
    for problem in problems:
        message = escape_markdown(data.public(describe_problem(problem, language=language)))
        (st.info if problem.kept else st.warning)(message)


def _store_failed(ctx: Context, error: StoreError, *, saving: bool = False) -> None:
    """A store that cannot be opened, or (``saving``) a change that was not saved."""
    key = "library_store_unsaved" if saving else "library_store_failed"
    st.error(
        escape_markdown(
            ctx.t(key, message=data.public(describe_problem(error.problem, language=ctx.language)))
        )
    )


def _wait_for_corpus(ctx: Context) -> None:
    """This session changed the articles: it waits for the corpus with its change (every other
    session keeps the last good one meanwhile and is told it is being updated)."""
    with st.spinner(ctx.t("corpus_saving")):
        data.refresh_corpus(ctx.key.paths, ctx.key.cache_path, timeout=SAVE_WAIT_S)


def _open_for_change(store_path: Path) -> CorpusStore:
    """The store for a change, opened read-only unless this session may edit right now: a change
    the page did not offer (a forged request) is refused by the store itself."""
    return CorpusStore(store_path, read_only=not current_access().can_edit)


def _access_panel(ctx: Context, access: Access) -> None:
    """Say who may change the library, and offer a viewer the sign-in that is configured."""
    if access.mode == "read_only":
        st.info(ctx.t("library_read_only_note"), icon=":material/visibility:")
        return
    if access.problem:
        st.warning(escape_markdown(ctx.t(access.problem, email=access.email or "")))
    if access.mode == "open" or (access.problem and access.problem != "library_not_editor"):
        return
    if access.can_edit:
        note = (
            ctx.t("library_signed_in_as", email=access.email) if access.email else ctx.t("library_signed_in")
        )
        shown, leave = st.columns([4, 1])
        shown.success(escape_markdown(note), icon=":material/edit:")
        if leave.button(ctx.t("library_sign_out"), key="library_sign_out", icon=":material/logout:"):
            _leave(access)
        return
    st.info(ctx.t("library_viewer_note"), icon=":material/visibility:")
    if access.mode == "identity":
        if access.email:  # signed in, but not as an editor
            if st.button(ctx.t("library_sign_out"), key="library_sign_out", icon=":material/logout:"):
                _leave(access)
            return
        for provider in access.providers:
            label = ctx.t("library_sign_in_provider", provider=provider)
            if st.button(label, key=f"library_login_{provider}", icon=":material/login:"):
                st.login() if provider == "default" else st.login(provider)
        return
    with st.form(key="library_sign_in", enter_to_submit=True, clear_on_submit=True):
        passphrase = st.text_input(ctx.t("library_passphrase"), type="password", key="library_passphrase")
        submitted = st.form_submit_button(ctx.t("library_sign_in_button"), icon=":material/login:")
    if submitted:
        if sign_in_with_passphrase(passphrase):
            st.rerun()
        st.error(ctx.t("library_sign_in_failed"))


def _leave(access: Access) -> None:
    if access.mode == "identity":
        st.logout()
    sign_out()
    st.rerun()


def _backup(ctx: Context, store_path: Path, count: int, access: Access) -> None:
    """The download of the whole library as one export archive, made when it is clicked."""
    st.subheader(ctx.t("library_backup"))
    st.caption(ctx.t("library_backup_help"))
    name = download_name()
    st.download_button(
        ctx.t("library_backup_download", count=count),
        data=functools.partial(export_download, store_path, file_name=name, remember=access.can_edit),
        file_name=name,
        mime="application/zip",
        on_click="ignore",
        icon=":material/download:",
        key="library_backup_download",
    )


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:12]


def _report(ctx: Context) -> None:
    """What the last action did, kept over its rerun: (label key, values) pairs and problems."""
    report = st.session_state.pop(_REPORT_KEY, None)
    if not report:
        return
    notes, problems = report
    for key, values in notes:
        st.success(escape_markdown(ctx.t(key, **values)))
    _show_problems(problems, ctx.language)


def _files(ctx: Context, generation: int) -> list[Candidate]:
    """The uploader; the files it holds read as candidates (a .zip as the articles in it)."""
    help_text = escape_markdown(upload_help(ctx.language))
    with st.container(key=_UPLOADER_SCOPE):
        # Streamlit draws its own uploader texts in English; this swaps them for the interface
        # language. Markdown, not st.html: its renderer is loaded with the page, so the style
        # arrives with the uploader instead of after it.
        st.markdown(f"<style>{uploader_css(_UPLOADER_SCOPE, ctx.language)}</style>", unsafe_allow_html=True)
        # No type=[...]: with it Streamlit refuses a name holding NUL by raising before this page
        # can say anything; the reader refuses unsupported formats itself, with a message.
        uploads = st.file_uploader(
            ctx.t("library_upload"),
            accept_multiple_files=True,
            help=help_text,
            key=f"library_upload_{generation}",
        )
    st.caption(f"{help_text} {ctx.t('library_upload_archive_help')}")
    if not uploads:
        return []
    candidates, refused = data.prepare_uploads(tuple((upload.name, upload.getvalue()) for upload in uploads))
    if refused:
        st.subheader(ctx.t("library_refused"))
        _show_problems(refused, ctx.language)
    return candidates


def _pending() -> list[Candidate]:
    return st.session_state.setdefault(_PENDING_KEY, [])


def _add_pending(candidates: list[Candidate]) -> None:
    """Queue candidates for review; a link or a paste already waiting is not queued twice."""
    pending = _pending()
    waiting = {(candidate.source_url, candidate.text) for candidate in pending}
    pending.extend(c for c in candidates if (c.source_url, c.text) not in waiting)


def _links(ctx: Context, generation: int) -> None:
    """A text area of links and a button fetching them, with a progress bar."""
    limits = FetchLimits(allow_private=private_addresses_allowed())
    text = st.text_area(
        ctx.t("library_links"),
        placeholder=ctx.t("library_links_placeholder"),
        help=ctx.t("library_links_help", seconds=f"{limits.seconds:g}", redirects=limits.max_redirects),
        key=f"library_links_{generation}",
    )
    if not st.button(ctx.t("library_fetch"), icon=":material/download:", key=f"library_fetch_{generation}"):
        return
    links = links_in(text or "")
    if not links:
        st.warning(ctx.t("library_links_none"))
        return
    bar = st.progress(0.0)

    def progress(done: int, total: int, link: str) -> None:
        shown = escape_markdown(link)
        label = ctx.t("library_fetching", done=min(done + 1, total), total=total, link=shown)
        bar.progress(done / total if total else 1.0, text=label if link else None)

    fetched, problems = prepare_links(links, limits=limits, on_progress=progress)
    bar.empty()
    if fetched:
        st.success(ctx.t("library_fetched", count=len(fetched)))
    _show_problems(problems, ctx.language)
    _add_pending(fetched)


def _paste(ctx: Context, generation: int) -> None:
    """Fields for an article pasted with its title, outlet and date (a bordered box, not a form:
    the edit form below stays the page's only one)."""
    with st.container(border=True, key="library_paste"):
        title = st.text_input(ctx.t("library_paste_title"), key=f"library_paste_title_{generation}")
        outlet, published = st.columns(2)
        outlet_text = outlet.text_input(
            ctx.t("library_paste_outlet"), key=f"library_paste_outlet_{generation}"
        )
        published_text = published.text_input(
            ctx.t("library_paste_published"),
            placeholder=ctx.t("library_published_placeholder"),
            key=f"library_paste_published_{generation}",
        )
        text = st.text_area(ctx.t("library_paste_text"), height=200, key=f"library_paste_text_{generation}")
        submitted = st.button(
            ctx.t("library_paste_add"), icon=":material/playlist_add:", key=f"library_paste_add_{generation}"
        )
    if not submitted:
        return
    candidate, problems = prepare_paste(title, text, outlet=outlet_text, published=published_text)
    for problem in problems:
        st.error(escape_markdown(describe_problem(problem, language=ctx.language)))
    if candidate is not None:
        _add_pending([candidate])


def _upload(ctx: Context, store_path: Path, generation: int) -> None:
    files, links, paste = st.tabs(
        [ctx.t("library_intake_file"), ctx.t("library_intake_links"), ctx.t("library_intake_paste")]
    )
    with files:
        uploaded = _files(ctx, generation)
    with links:
        _links(ctx, generation)
    with paste:
        _paste(ctx, generation)
    candidates = uploaded + _pending()
    if candidates:
        _review(ctx, store_path, generation, candidates)


def _review(ctx: Context, store_path: Path, generation: int, candidates: list[Candidate]) -> None:
    """The review table of every waiting article (details editable in place) and its save."""
    st.subheader(ctx.t("library_review"))
    st.caption(ctx.t("library_review_help"))
    _show_problems([w for c in candidates for w in c.warnings], ctx.language)
    edited = st.data_editor(
        pd.DataFrame(review_rows(candidates)),
        disabled=["file", "id", "source"],
        hide_index=True,
        width="stretch",
        key=f"library_review_{generation}_{_digest([c.name for c in candidates])}",
        column_config={
            "file": st.column_config.TextColumn(ctx.t("library_file")),
            "id": st.column_config.TextColumn("id"),
            "title": st.column_config.TextColumn(ctx.t("title"), width="large"),
            "outlet": st.column_config.TextColumn(ctx.t("outlet")),
            "published": st.column_config.TextColumn(ctx.t("published")),
            "year": st.column_config.NumberColumn(ctx.t("year"), min_value=1945, max_value=2100, format="%d"),
            "source": st.column_config.LinkColumn(ctx.t("library_source")),
        },
    )
    save, drop = st.columns([1, 1])
    if _pending() and drop.button(ctx.t("library_pending_clear"), key=f"library_pending_clear_{generation}"):
        st.session_state.pop(_PENDING_KEY, None)
        st.rerun()
    if not save.button(ctx.t("library_save"), type="primary", key=f"library_save_{generation}"):
        return
    corrections, bad = corrections_from_review(candidates, edited.to_dict("records"))
    if bad:
        _show_problems(bad, ctx.language)
        return
    try:
        with _open_for_change(store_path) as store:
            result = store.add(
                candidates,
                corrections=corrections,
                known=data.known_documents(ctx.key),
            )
    except StoreError as error:
        _store_failed(ctx, error, saving=True)
        return
    notes = [("library_saved", {"count": len(result.added)})] if result.added else []
    if result.added:
        _wait_for_corpus(ctx)
    st.session_state[_REPORT_KEY] = (notes, list(result.problems))
    st.session_state[_GENERATION_KEY] = generation + 1
    st.session_state.pop(_PENDING_KEY, None)
    st.rerun()


def _edit(ctx: Context, stored: list[StoredDocument], store_path: Path) -> None:
    st.subheader(ctx.t("library_edit"))
    st.caption(ctx.t("library_edit_help"))
    by_id = {document.id: document for document in stored if not document.damaged}  # removable only
    if not by_id:
        return
    labels = {doc_id: stored_choice(document, ctx.language) for doc_id, document in by_id.items()}
    previous = st.session_state.get(_EDIT_CHOICE_KEY)
    # A menu keeps showing the label an option had when chosen; a new key per set of labels shows
    # an edited title at once, and the choice is carried over by id.
    chosen = st.selectbox(
        ctx.t("library_edit_pick"),
        list(by_id),
        index=list(by_id).index(previous) if previous in by_id else 0,
        format_func=labels.__getitem__,
        key=f"library_edit_pick_{_digest(labels)}",
    )
    st.session_state[_EDIT_CHOICE_KEY] = chosen
    if chosen is None:
        return
    values = _edit_form(ctx, chosen, edit_defaults(by_id[chosen]))
    if values is not None:
        _save_edit(ctx, store_path, by_id[chosen], values)


def _edit_form(ctx: Context, chosen: str, defaults: dict[str, str]) -> dict[str, str] | None:
    """The form of one document's details; what was typed once it is submitted, else None."""
    # Keys follow the saved values: after a save the fields show what was saved; after a refused
    # save they keep what the user typed.
    digest = _digest((chosen, sorted(defaults.items())))
    with st.form(key=f"library_edit_{digest}", enter_to_submit=False):
        values = {
            "title": st.text_input(ctx.t("title"), defaults["title"], key=f"library_edit_title_{digest}"),
            "outlet": st.text_input(ctx.t("outlet"), defaults["outlet"], key=f"library_edit_outlet_{digest}"),
            "published": st.text_input(
                ctx.t("published"),
                defaults["published"],
                placeholder=ctx.t("library_published_placeholder"),
                key=f"library_edit_published_{digest}",
            ),
            "year": st.text_input(
                ctx.t("year"),
                defaults["year"],
                placeholder=year_placeholder(ctx.language),
                key=f"library_edit_year_{digest}",
            ),
        }
        submitted = st.form_submit_button(ctx.t("library_edit_save"), type="primary", icon=":material/save:")
    return values if submitted else None


def _save_edit(ctx: Context, store_path: Path, document: StoredDocument, values: dict[str, str]) -> None:
    """Check and save an edit; say what was refused, or what changed (after the corpus has it)."""
    chosen = document.id
    try:
        with _open_for_change(store_path) as store:
            revision = revise_document(store, chosen, values)
    except StoreError as error:
        _store_failed(ctx, error, saving=True)
        return
    if revision.problems:
        for problem in revision.problems:
            st.error(escape_markdown(data.public(describe_problem(problem, language=ctx.language))))
        return
    if not revision.changed:
        st.info(ctx.t("library_edit_unchanged"))
        return
    title = " ".join((values["title"] if "title" in revision.changed else document.title).split())
    note = ("library_edited", {"fields": fields_text(revision.changed, ctx.language), "title": title})
    _wait_for_corpus(ctx)
    st.session_state[_REPORT_KEY] = ([note], [])
    st.rerun()


def _remove(ctx: Context, stored: list[StoredDocument], store_path: Path) -> None:
    st.subheader(ctx.t("library_remove_section"))
    generation = st.session_state.get(_REMOVAL_GENERATION_KEY, 0)
    by_id = {document.id: document for document in stored}
    labels = {doc_id: stored_choice(document, ctx.language) for doc_id, document in by_id.items()}
    previous = st.session_state.get(_REMOVAL_CHOICE_KEY, [])
    chosen = st.multiselect(
        ctx.t("library_remove_pick"),
        list(by_id),
        default=[doc_id for doc_id in previous if doc_id in by_id],
        format_func=labels.__getitem__,
        help=ctx.t("library_remove_pick_help"),
        placeholder=ctx.t("library_remove_placeholder"),
        select_all=False,  # removing everything at once should take deliberate choices
        key=f"library_remove_pick_{generation}_{_digest(labels)}",
    )
    st.session_state[_REMOVAL_CHOICE_KEY] = chosen
    if st.button(
        ctx.t("library_remove", count=len(chosen)),
        disabled=not chosen,
        icon=":material/delete:",
        key="library_remove",
    ):
        st.session_state[_PENDING_REMOVAL_KEY] = list(chosen)
    pending = st.session_state.get(_PENDING_REMOVAL_KEY)
    if not pending or pending != chosen:
        return
    titles = "; ".join(f"“{shown_title(by_id[doc_id], ctx.language)}”" for doc_id in pending)
    st.warning(escape_markdown(ctx.t("library_remove_confirm", count=len(pending), titles=titles)))
    confirm, cancel = st.columns(2)
    if cancel.button(ctx.t("library_remove_cancel"), key="library_remove_cancel", width="stretch"):
        st.session_state.pop(_PENDING_REMOVAL_KEY, None)
        st.rerun()
    if not confirm.button(
        ctx.t("library_remove_yes"),
        type="primary",
        icon=":material/delete_forever:",
        key="library_remove_yes",
        width="stretch",
    ):
        return
    st.session_state.pop(_PENDING_REMOVAL_KEY, None)
    st.session_state.pop(_REMOVAL_CHOICE_KEY, None)
    try:
        with _open_for_change(store_path) as store:
            removed = store.remove(pending)
    except StoreError as error:
        _store_failed(ctx, error, saving=True)
        return
    _wait_for_corpus(ctx)
    st.session_state[_REPORT_KEY] = ([("library_removed", {"count": len(removed)})], [])
    st.session_state[_REMOVAL_GENERATION_KEY] = generation + 1  # an empty choice, not the removed ids
    st.rerun()


def _stored_list(ctx: Context, store_path: Path, access: Access) -> list[StoredDocument] | None:
    """The stored articles as a searchable table (with a note naming damaged records); None when
    the store cannot be opened or holds nothing, so the sections below it are left out."""
    st.header(ctx.t("library_stored"))
    try:
        with CorpusStore(store_path, read_only=not access.can_edit) as store:
            stored = store.list_documents()
    except StoreError as error:
        _store_failed(ctx, error)
        return None
    if not stored:
        st.info(ctx.t("library_empty"))
        return None
    damaged = [document.id for document in stored if document.damaged]
    if damaged:
        st.warning(escape_markdown(ctx.t("library_damaged_note", count=len(damaged), ids=", ".join(damaged))))
    query = st.text_input(
        ctx.t("library_search"), key="library_q", placeholder=ctx.t("library_search_placeholder")
    )
    st.dataframe(
        stored_table(search_stored(stored, query or ""), ctx.language),
        hide_index=True,
        width="stretch",
        key="library_table",
        column_config={ctx.t("library_source"): st.column_config.LinkColumn(ctx.t("library_source"))},
    )
    return stored


def render() -> None:
    """The page: who may change it, what the last action did, adding articles (editors), the
    stored list, editing and removing (editors), and the backup download."""
    ctx = context()
    st.title(ctx.t("page_library"))
    st.caption(ctx.t("library_intro"))
    store_path = Path(data.store_file())
    access = current_access()
    _access_panel(ctx, access)
    _report(ctx)
    if access.can_edit:
        _upload(ctx, store_path, st.session_state.get(_GENERATION_KEY, 0))
    stored = _stored_list(ctx, store_path, access)
    if stored is None:
        return
    if access.can_edit:
        _edit(ctx, stored, store_path)
        _remove(ctx, stored, store_path)
    _backup(ctx, store_path, sum(not document.damaged for document in stored), access)


if __name__ == "__main__":  # Streamlit runs each page file as a script
    render()
