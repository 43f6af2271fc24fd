"""The one-line source under a chart or a table: outlets and dates, each once, the rest counted."""

from __future__ import annotations

from datetime import date

from analysis.present.sources import documents_source_line, source_line
from analysis.types import DocumentAnalysis


def test_an_outlets_dates_are_named_together_in_the_readers_language() -> None:
    cited = [("VnExpress", date(2022, 10, 10)), ("VOV5", None), ("VnExpress", date(2024, 3, 5))]
    assert source_line(cited, "vi") == "Nguồn: VnExpress, 10/10/2022, 05/03/2024; VOV5"
    assert source_line(cited, "en") == "Sources: VnExpress, Oct 10, 2022, Mar 5, 2024; VOV5"


def test_past_the_limit_the_rest_are_counted_and_nothing_cited_is_no_line() -> None:
    cited = [("Báo A", None), ("Báo B", None), ("Báo C", None), ("Báo D", None), ("Báo A", None)]
    assert source_line(cited, "vi", limit=2) == "Nguồn: Báo A; Báo B +2"
    assert source_line([], "vi") == ""
    assert source_line([(None, None)], "vi") == "Nguồn: Không rõ"


def test_the_source_line_of_seed_articles(seed_docs: dict[str, DocumentAnalysis]) -> None:
    documents = [analysis.document for analysis in seed_docs.values()]
    # in the order asked, each article once, an unknown id left out; the date as the article gives it
    ids = ["003_58bd2110ae835d9e", "000_bad03276209439be", "003_58bd2110ae835d9e", "không-có"]
    assert documents_source_line(documents, ids, "vi") == "Nguồn: vietnamnet.vn, 10/01/2024; VOV5"
    assert documents_source_line(documents, ids, "en") == "Sources: vietnamnet.vn, Jan 10, 2024; VOV5"
