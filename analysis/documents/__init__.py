"""Reading articles: NFC text, page furniture removed, title, outlet, dates and year inferred.

Each step lives in its own module; the names every caller uses are gathered here.
"""

from analysis.documents.build import build_document
from analysis.documents.corpus import ReadMemo, file_signature, iter_corpus_files, load_corpus, walk_folder
from analysis.documents.title import infer_title
from analysis.documents.year import infer_year
from analysis.furniture import is_furniture, page_date, split_furniture
from analysis.outlets import infer_outlet, names_outlet, strip_outlet_prefix

__all__ = [
    "ReadMemo",
    "build_document",
    "file_signature",
    "infer_outlet",
    "infer_title",
    "infer_year",
    "is_furniture",
    "iter_corpus_files",
    "load_corpus",
    "names_outlet",
    "page_date",
    "split_furniture",
    "strip_outlet_prefix",
    "walk_folder",
]
