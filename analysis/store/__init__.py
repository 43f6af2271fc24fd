"""The user's own corpus in one SQLite file: for every added document its original bytes, its
normalised text, the user's corrections and the address it was fetched from; and the analyst's
curation of key figures. Nothing inferred from a text is kept: a document's title, outlet, date and
year are inferred from its text whenever it is read, so the library lists what every page shows.
Reading uploads, the duplicate key and checking corrections are :mod:`analysis.intake`'s.

Each batch is one transaction, so a batch interrupted by a crash or a killed process leaves the
store as it was before; concurrent writers wait for each other (``BEGIN IMMEDIATE`` with a busy
timeout) instead of failing. The bundled seeds are never stored here: they are read-only and always
part of the corpus.

Every record carries the SHA-256 of its original bytes, its text and its details, checked whenever
it is read: a damaged record is reported as one problem naming its id (and can be removed by that
id), never read as a silently changed text and never the whole store down. The file's structure is
checked (``PRAGMA quick_check``) when it is opened. A write that fails (a full disk, a read-only
file, the file-size limit, an I/O error) leaves the store as it was, and says so.

Modules: :mod:`~analysis.store.corpus` (the :class:`CorpusStore`), :mod:`~analysis.store.schema`
(schema, migrations, opening), :mod:`~analysis.store.records` (a record checked, listed, made),
:mod:`~analysis.store.curation` (the curation's rows), :mod:`~analysis.store.failures` (errors in the
user's terms, the last-export note).
"""

from __future__ import annotations

import os
from pathlib import Path

from analysis.store.corpus import CorpusStore
from analysis.store.failures import (
    LAST_EXPORT_SUFFIX,
    LastExport,
    StoreError,
    describe_failure,
    last_export_record,
    read_last_export,
    remember_export,
)
from analysis.store.records import (
    Addition,
    AddResult,
    Revision,
    StoredDocument,
    document_details,
    record_damage,
)
from analysis.store.schema import copy_aside_path

STORE_ENV = "DXPOLICY_STORE"
STORE_FILE_NAME = "corpus.sqlite3"

__all__ = [
    "LAST_EXPORT_SUFFIX",
    "STORE_ENV",
    "STORE_FILE_NAME",
    "AddResult",
    "Addition",
    "CorpusStore",
    "LastExport",
    "Revision",
    "StoreError",
    "StoredDocument",
    "copy_aside_path",
    "default_store_path",
    "describe_failure",
    "document_details",
    "last_export_record",
    "read_last_export",
    "record_damage",
    "remember_export",
]


def default_store_path() -> Path:
    """``$DXPOLICY_STORE`` if set, else ``corpus.sqlite3`` in the user data folder (platformdirs)."""
    configured = os.environ.get(STORE_ENV)
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_path

    return user_data_path("dxpolicy", appauthor=False) / STORE_FILE_NAME
