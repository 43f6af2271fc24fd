"""The scores as plain-text tables, then what was missed, spurious or read in a trap."""

from __future__ import annotations

from analysis.evaluate.scoring import Evaluation, InstrumentEvaluation, Tally


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:g}" if not float(value).is_integer() else str(int(value))


def render_evaluation(evaluation: Evaluation) -> str:
    """A plain-text table of precision and recall per kind, then what was missed and spurious."""
    lines = [f"{'kind':<12} {'gold':>5} {'found':>6} {'precision':>10} {'recall':>7}"]
    for score in (*evaluation.scores, evaluation.overall):
        lines.append(
            f"{score.kind:<12} {score.gold:>5} {score.found:>6} {score.precision:>10.3f} {score.recall:>7.3f}"
        )
    lines.append("")
    right, wrong = len(evaluation.measures_right), len(evaluation.measures_wrong)
    if evaluation.measure_accuracy is not None:
        share = f"{evaluation.measure_accuracy:.3f}"
        lines.append(f"measure accuracy {share} ({right} of {right + wrong} found gold measures)")
    else:
        lines.append("measure accuracy: no gold figure names a measure")
    if evaluation.values is not None:
        values = evaluation.values
        lines.append(
            f"values (document and value alone): precision {values.precision:.3f}, recall {values.recall:.3f}"
        )
        for tally in evaluation.attributes:
            lines.append(_tally_line(tally, "of found gold figures"))
    for tally in evaluation.articles:
        lines.append(_tally_line(tally, "articles"))
    if evaluation.article_accuracy is not None:
        lines.append(f"article facts {evaluation.article_accuracy:.3f}")
    lines.append(f"missed ({len(evaluation.missed)}):")
    for want in evaluation.missed:
        high = f"–{_number(want.value_high)}" if want.value_high is not None else ""
        lines.append(f"  {want.doc}: {want.kind} {_number(want.value)}{high} [{want.unit}] {want.year}")
    lines.append(f"spurious ({len(evaluation.spurious)}):")
    for figure in evaluation.spurious:
        high = f"–{_number(figure.value_high)}" if figure.value_high is not None else ""
        lines.append(
            f"  {figure.doc}: {figure.kind} {_number(figure.value)}{high} [{figure.unit}] {figure.year}"
            f" ← “{figure.text}”"
        )
    lines.append(f"trap values reported ({len(evaluation.trap_hits)}):")
    for trap, figure in evaluation.trap_hits:
        lines.append(f"  {figure.doc}: “{trap}” in “{figure.text}”")
    lines.append(f"wrong measures ({wrong}):")
    for want, figure in evaluation.measures_wrong:
        wanted = " | ".join(want.measure)
        lines.append(f"  {want.doc}: {figure.text!r} measure “{figure.measure or ''}”, want “{wanted}”")
    for tally in (*evaluation.attributes, *evaluation.articles):
        if tally.name != "measure" and tally.wrong:
            lines.append(f"wrong {tally.name} ({len(tally.wrong)}):")
            lines.extend(f"  {text}" for text in tally.wrong)
    return "\n".join(lines) + "\n"


def _tally_line(tally: Tally, of: str) -> str:
    if tally.accuracy is None:
        return f"{tally.name:<10} not scored"
    return f"{tally.name:<10} {tally.accuracy:.3f} ({tally.right} of {tally.scored} {of})"


def render_instrument_evaluation(evaluation: InstrumentEvaluation) -> str:
    """Precision and recall of the citations, then what was missed, spurious or read in a trap."""
    lines = [
        f"instruments: gold {evaluation.gold}, found {evaluation.found}, "
        f"precision {evaluation.precision:.3f}, recall {evaluation.recall:.3f}",
        f"missed ({len(evaluation.missed)}):",
        *(f"  {want.doc}: {want.key} [{want.kind}] “{want.text or ''}”" for want in evaluation.missed),
        f"spurious ({len(evaluation.spurious)}):",
        *(f"  {m.doc}: {m.key} [{m.kind}] ← “{m.text}”" for m in evaluation.spurious),
        f"trap texts read as instruments ({len(evaluation.trap_hits)}):",
        *(f"  {m.doc}: “{trap}” in “{m.text}”" for trap, m in evaluation.trap_hits),
    ]
    return "\n".join(lines) + "\n"
