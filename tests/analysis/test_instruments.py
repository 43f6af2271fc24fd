"""Instruments cited in articles: every shape of a citation, one key per document, near-misses refused."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from analysis.__main__ import main
from analysis.evaluate.gold import GoldError, GoldInstrument, load_gold_instruments
from analysis.evaluate.scoring import evaluate_instruments
from analysis.evaluate.tables import render_instrument_evaluation
from analysis.figures import extract_figures
from analysis.figures.measure.same import measure_key
from analysis.instruments import extract_instruments, issuer_code, issuer_name, load_registry, symbol_key
from analysis.pipeline import analyze_corpus
from analysis.resources import DATA_DIR
from analysis.types import CorpusAnalysis, Figure, Sentence
from tests.conftest import INSTRUMENT_GOLD_DIR


def _keys(text: str) -> list[tuple[str, str, str]]:
    return [(m.key, m.kind, m.text) for m in extract_instruments(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind word, "số" and a symbol
        (
            "Theo Quyết định số 749/QĐ-TTg, tỉnh triển khai.",
            [("749/QĐ-TTg", "Quyết định", "Quyết định số 749/QĐ-TTg")],
        ),
        # the Party's hyphenated symbol, also with "TƯ"
        ("Nghị quyết 52-NQ/TƯ đã mở đường.", [("52-NQ/TW", "Nghị quyết", "Nghị quyết 52-NQ/TƯ")]),
        # a symbol alone: its kind from its code
        ("Thực hiện 57-NQ/TW, Bộ đã hành động.", [("57-NQ/TW", "Nghị quyết", "57-NQ/TW")]),
        # the abbreviation before a symbol
        ("QĐ 749/QĐ-TTg nêu rõ.", [("749/QĐ-TTg", "Quyết định", "QĐ 749/QĐ-TTg")]),
        # a bare number resolved through the registry
        ("Quyết định 411 đặt mục tiêu.", [("411/QĐ-TTg", "Quyết định", "Quyết định 411")]),
        ("Đề án 06 giúp người dân.", [("06/QĐ-TTg", "Đề án", "Đề án 06")]),
        # a name the registry knows
        (
            "Chương trình Chuyển đổi số quốc gia đi vào cuộc sống.",
            [("749/QĐ-TTg", "Chương trình", "Chương trình Chuyển đổi số quốc gia")],
        ),
        # a symbol with its year, issued by the National Assembly or the Government
        ("Luật số 20/2023/QH15 có hiệu lực.", [("20/2023/QH15", "Luật", "Luật số 20/2023/QH15")]),
        ("Nghị định 13/2023/NĐ-CP quy định.", [("13/2023/NĐ-CP", "Nghị định", "Nghị định 13/2023/NĐ-CP")]),
        # a ministry's letter: no kind code, the issuer is known
        (
            "Văn bản số 4878/BTTTT-CĐSQG hướng dẫn.",
            [("4878/BTTTT-CĐSQG", "Công văn", "Văn bản số 4878/BTTTT-CĐSQG")],
        ),
        # a law by its name
        (
            "Luật Giao dịch điện tử năm 2023 có hiệu lực.",
            [("Luật Giao dịch điện tử", "Luật", "Luật Giao dịch điện tử")],
        ),
        # an everyday noun needs "số": "Kế hoạch số 12/KH-UBND" is one, "Kế hoạch 5 năm" is not
        ("Kế hoạch số 12/KH-UBND của tỉnh.", [("12/KH-UBND", "Kế hoạch", "Kế hoạch số 12/KH-UBND")]),
    ],
)
def test_every_shape_of_a_citation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _keys(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Trụ sở ở số 45 đường Lê Lợi, phường Bến Nghé.",
        "Phiên họp thứ 7 của Ủy ban Quốc gia về chuyển đổi số.",
        "Đây là lần thứ 3 tỉnh đứng đầu.",
        "Năm 2025, tỉnh phấn đấu đạt 80% hồ sơ trực tuyến.",
        "Ngày 10/10/2024, tỉnh tổ chức hội nghị; ngày 3-6 tỉnh họp.",
        "Kế hoạch 5 năm 2021-2025 và chương trình 2 năm.",
        "1. Hoàn thiện thể chế; 2. Phát triển hạ tầng; (3) nhân lực.",
        "Tỷ lệ đạt 45/63 tỉnh, tăng 12,5% so với năm 2023, phủ 4G/5G.",
        "Quyết định 2025 là năm tăng tốc.",
        "Chiến lược 3 trụ cột và kế hoạch số hóa.",
        "luật chơi đã khác; Luật sửa đổi, bổ sung một số điều được thông qua.",
        "Bệnh nhân COVID-19 và F-35.",
    ],
)
def test_near_misses_are_no_instruments(text: str) -> None:
    assert extract_instruments(text) == []


def test_forms_of_one_instrument_share_a_key_and_keep_their_sentences() -> None:
    sentences = [
        Sentence(
            "d",
            0,
            "Quyết định số 999/QĐ-UBND ngày 5/3/2023 của UBND tỉnh về chuyển đổi số, Sở đã triển khai.",
        ),
        Sentence("d", 1, "Sau một năm, Quyết định 999 đã đi vào cuộc sống."),
        Sentence("d", 2, "QĐ 749/QĐ-TTg và Chương trình Chuyển đổi số quốc gia là một."),
    ]
    mentions = extract_instruments(sentences)
    assert [(m.key, m.sentence_index) for m in mentions] == [
        ("999/QĐ-UBND", 0),
        ("999/QĐ-UBND", 1),
        ("749/QĐ-TTg", 2),
        ("749/QĐ-TTg", 2),
    ]
    first = mentions[0]
    assert first.issued == date(2023, 3, 5) and first.issuer == "UBND"
    assert first.title == "về chuyển đổi số"
    for mention in mentions:
        assert mention.sentence[mention.start : mention.end] == mention.text
        assert mention.doc == "d"


def test_the_title_that_follows_and_a_name_inside_it_is_the_same_citation() -> None:
    text = (
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt “Chương trình Chuyển"
        " đổi số quốc gia đến năm 2025, định hướng đến năm 2030”; tỉnh đã làm theo."
    )
    (mention,) = extract_instruments(text)
    assert mention.issued == date(2020, 6, 3)
    assert (
        mention.title == "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030"
    )


@pytest.mark.parametrize(
    ("first", "second"), [("06/QĐ-TTg", "6/QD-TTG"), ("52-NQ/TƯ", "52-NQ/TW"), ("749/ QĐ-TTg", "749/QĐ-TTg")]
)
def test_spellings_of_a_symbol_share_a_key(first: str, second: str) -> None:
    assert symbol_key(first) == symbol_key(second)


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("Nghị quyết số 52-NQ/TƯ ngày 27/9/2019 của Bộ Chính trị", "Trung ương Đảng"),
        ("Kết luận 36-KL/TW của Bộ Chính trị", "Trung ương Đảng"),
        ("Chỉ thị số 05-CT/TU của Tỉnh ủy Bắc Giang", "Tỉnh ủy"),
    ],
)
def test_the_central_committee_is_not_a_provincial_one(sentence: str, issuer: str) -> None:
    """Without its diacritics "TƯ" reads "TU": it must still name the Party's Central Committee."""
    (mention,) = extract_instruments(sentence)
    assert issuer_name(mention.issuer) == issuer


def test_issuer_codes_and_their_vietnamese_names() -> None:
    assert issuer_name("TTg") == "Thủ tướng Chính phủ" and issuer_name("UBND") == "Ủy ban nhân dân"
    assert issuer_name("QH15") == "Quốc hội" and issuer_code("QH15") == "QH"  # the term number dropped
    assert issuer_code("tu") == issuer_code("TU") == "TU"  # case and diacritics are folded
    assert issuer_name("XYZ") == "XYZ" and issuer_code("XYZ") is None and issuer_name(None) is None


def test_every_registry_key_is_read_and_every_entry_names_its_source() -> None:
    with (DATA_DIR / "instruments.toml").open("rb") as handle:
        raw = tomllib.load(handle)["instruments"]
    read = load_registry()
    assert len(read) == len(raw) == 7
    instrument_keys = {"kind", "symbol", "issued", "title", "issuer", "aliases", "source", "targets"}
    target_keys = {"clause", "measure", "value", "unit", "kind", "deadline", "source"}
    for entry, instrument in zip(raw, read, strict=True):
        assert set(entry) <= instrument_keys, set(entry) - instrument_keys
        assert entry["source"].startswith("https://") and instrument.source == entry["source"]
        assert instrument.symbol == entry["symbol"] and instrument.issued == date.fromisoformat(
            entry["issued"]
        )
        assert issuer_name(instrument.issuer) != instrument.issuer  # a known issuer
        assert len(instrument.targets) == len(entry.get("targets", []))
        for target, read_target in zip(entry.get("targets", []), instrument.targets, strict=True):
            assert set(target) == target_keys
            assert target["source"].startswith("https://") and read_target.deadline == target["deadline"]


def test_each_registry_target_is_what_the_figure_grammar_reads_from_its_clause() -> None:
    for instrument in load_registry():
        for target in instrument.targets:
            figures = extract_figures([Sentence("r", 0, target.clause)], doc_year=None)
            read = [f for f in figures if f.value == target.value]
            assert read, target.clause
            wanted = Figure(
                target.value, target.unit, None, "", None, None, "r", "", target.kind, measure=target.measure
            )
            assert measure_key(read[0]) == measure_key(wanted), (target.clause, read[0].measure, read[0].unit)


def test_each_registry_alias_finds_its_instrument() -> None:
    for instrument in load_registry():
        for alias in instrument.aliases:
            found = extract_instruments(f"Tỉnh thực hiện {alias} rất tốt.")
            assert [m.key for m in found] == [instrument.key], alias


GOLD = INSTRUMENT_GOLD_DIR / "gold.json"
# Measured on the passages of tests/fixtures/instruments (written for issue 18 with every shape of a
# citation and near-misses beside them): precision 1.000, recall 1.000 (54 of 54). The floors let two
# slip; the held-out set (heldout/) is scored in test_heldout_set_reaches_its_floor.
FLOOR = 0.96


def test_gold_set_has_thirty_passages_with_every_shape_and_near_misses() -> None:
    gold, traps = load_gold_instruments(GOLD)
    _, heldout_traps = load_gold_instruments(INSTRUMENT_GOLD_DIR / "heldout" / "gold.json")
    assert len(traps) + len(heldout_traps) >= 30 and len(heldout_traps) >= 10
    assert sorted(path.stem for path in INSTRUMENT_GOLD_DIR.glob("*.txt")) == sorted(traps)
    kinds = {want.kind for want in gold}
    assert {"Luật", "Nghị quyết", "Nghị định", "Quyết định", "Chỉ thị", "Thông tư", "Kế hoạch"} <= kinds
    assert {"Chiến lược", "Chương trình", "Đề án", "Công văn", "Kết luận"} <= kinds
    assert sum(len(texts) for texts in traps.values()) >= 30


def test_citations_reach_their_floor_on_the_gold_set(instruments_corpus: CorpusAnalysis) -> None:
    gold, traps = load_gold_instruments(GOLD)
    evaluation = evaluate_instruments(gold, instruments_corpus.instruments, traps=traps)
    report = render_instrument_evaluation(evaluation)
    assert evaluation.recall >= FLOOR and evaluation.precision >= FLOOR, report
    assert evaluation.trap_hits == (), report


def test_evaluate_counts_a_wrong_kind_or_instrument_as_missed_and_spurious() -> None:
    found = extract_instruments("Theo Quyết định 749 và Nghị quyết 57-NQ/TW; phiên họp thứ 7.", doc="d")
    gold = [GoldInstrument("d", "749/QĐ-TTg", "Đề án"), GoldInstrument("d", "57-NQ/TƯ", "Nghị quyết")]
    evaluation = evaluate_instruments(gold, found, traps={"d": ["phiên họp thứ 7", "Nghị quyết 57"]})
    assert (evaluation.gold, evaluation.found, evaluation.matched) == (2, 2, 1)
    assert [want.kind for want in evaluation.missed] == ["Đề án"]
    assert [m.text for m in evaluation.spurious] == ["Quyết định 749"]
    assert [(trap, m.key) for trap, m in evaluation.trap_hits] == [("Nghị quyết 57", "57-NQ/TW")]
    assert "precision 0.500, recall 0.500" in render_instrument_evaluation(evaluation)


def test_a_gold_citation_without_a_key_is_refused_with_what_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"documents": {"a": {"instruments": [{"kind": "Luật"}]}}}), encoding="utf-8")
    with pytest.raises(GoldError, match="a: instrument 1 needs a key and a kind"):
        load_gold_instruments(path)


def test_evaluate_command_prints_the_instrument_scores(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Tin ngắn\nTheo Quyết định 749 và lần thứ 3, tỉnh làm.\n", encoding="utf-8"
    )
    gold = {
        "documents": {
            "a": {
                "instruments": [{"key": "749/QĐ-TTg", "kind": "Quyết định"}],
                "instrument_traps": ["lần thứ 3"],
            }
        }
    }
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "gold.json")]) == 0
    out = capsys.readouterr().out
    assert "instruments: gold 1, found 1, precision 1.000, recall 1.000" in out
    assert "precision" in out and "kind " not in out  # no figure table for a gold file of citations only


def test_a_law_named_with_its_symbol_is_one_citation_and_its_name_alone_resolves_to_it() -> None:
    mentions = extract_instruments(
        [
            Sentence("d", 0, "Quốc hội thông qua Luật Dữ liệu"),
            Sentence("d", 1, "Luật Dữ liệu số 60/2024/QH15 được thông qua ngày 30/11/2024."),
            Sentence("d", 2, "Luật Dữ liệu có hiệu lực; Luật Dữ liệu mở rộng phạm vi."),
        ]
    )
    assert [(m.key, m.kind, m.text) for m in mentions] == [
        ("60/2024/QH15", "Luật", "Luật Dữ liệu"),
        ("60/2024/QH15", "Luật", "Luật Dữ liệu số 60/2024/QH15"),
        ("60/2024/QH15", "Luật", "Luật Dữ liệu"),
        ("60/2024/QH15", "Luật", "Luật Dữ liệu"),
    ]
    assert mentions[1].issuer == "QH15" and issuer_name(mentions[1].issuer) == "Quốc hội"


@pytest.mark.parametrize(
    "folder",
    [
        "heldout",  # scored once at the end (1.000 and 1.000, 31 citations)
        # six passages written by someone who had not read the extractor, scored once: 1.000 / 0.952 of 21
        "unseen",
    ],
)
def test_heldout_sets_reach_their_floor(folder: str) -> None:
    """The floor is the issue's 90 %, with no trap (a room, an article, a session) read as a document."""
    gold, traps = load_gold_instruments(INSTRUMENT_GOLD_DIR / folder / "gold.json")
    corpus = analyze_corpus([INSTRUMENT_GOLD_DIR / folder], cache_path=None, recursive=False)
    evaluation = evaluate_instruments(gold, corpus.instruments, traps=traps)
    report = render_instrument_evaluation(evaluation)
    assert evaluation.recall >= 0.9 and evaluation.precision >= 0.9, report
    assert evaluation.trap_hits == (), report
