"""Word counts and each year's distinctive terms (log-odds ratio, informative Dirichlet prior).

Monroe, Colaresi & Quinn (2008), "Fightin' Words": the corpus-wide counts serve as the prior,
which keeps rare words in small corpora from dominating, and the z-score says how sure we are.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from analysis.nlp import canonical_term
from analysis.resources import load_lines
from analysis.types import TermScore


@cache
def stopwords() -> frozenset[str]:
    """The generic Vietnamese list (stopwordsiso) plus the genre's extras, minus the allowlist."""
    import stopwordsiso

    generic = {word.casefold() for word in stopwordsiso.stopwords("vi")}
    extra = {word.casefold() for word in load_lines("stopwords_extra.txt")}
    allowed = {word.casefold() for word in load_lines("stopwords_allowlist.txt")}
    return frozenset((generic | extra) - allowed)


# Nouns, proper nouns and abbreviations always; verbs and adjectives only as compounds
# ("phát triển", "bền vững"), since lone ones ("đẩy", "tạo") say nothing about a year.
_CONTENT_TAGS = frozenset({"N", "Np", "Ny", "Nb"})
_COMPOUND_CONTENT_TAGS = frozenset({"V", "A"})


def is_term(token: str, tag: str = "N") -> bool:
    """Whether a token counts as a content word: a glossary term, or a noun (or compound verb or
    adjective) made of letters that is not a stopword.

    >>> is_term("kinh tế số"), is_term("của", "E"), is_term("80.000", "M"), is_term("đẩy", "V")
    (True, False, False, False)
    """
    if canonical_term(token) is not None:
        return True
    folded = token.casefold()
    if any(char.isdigit() for char in folded) or len(folded) < 2 or folded in stopwords():
        return False
    if not all(char.isalpha() or char in " -&/" for char in folded):
        return False
    if tag in _CONTENT_TAGS:
        return True
    return tag in _COMPOUND_CONTENT_TAGS and " " in folded


def display_term(token: str, tag: str = "N") -> str:
    """How a term is shown: the glossary spelling, a proper noun as written, else lower case.

    >>> display_term("tổ công nghệ số cộng đồng"), display_term("Việt Nam", "Np"), display_term("Xã hội")
    ('Tổ công nghệ số cộng đồng', 'Việt Nam', 'xã hội')
    """
    canonical = canonical_term(token)
    if canonical:
        return canonical
    return token if tag == "Np" else token.casefold()


def count_terms(
    sentences_tokens: Iterable[Sequence[str]], sentences_tags: Iterable[Sequence[str]] | None = None
) -> Counter[str]:
    """Count content words (whole words, never syllables) in tokenised, optionally tagged, sentences.

    >>> count_terms([["Phát triển", "kinh tế số", "và", "kinh tế số"]])["kinh tế số"]
    2
    """
    counts: Counter[str] = Counter()
    tag_rows = sentences_tags if sentences_tags is not None else None
    for index, tokens in enumerate(sentences_tokens):
        tags = tag_rows[index] if tag_rows is not None else ("N",) * len(tokens)  # type: ignore[index]
        terms = (_term(token, tag) for token, tag in zip(tokens, tags, strict=True))
        counts.update(term for term in terms if term is not None)
    return counts


@lru_cache(maxsize=1 << 16)
def _term(token: str, tag: str) -> str | None:
    # A corpus repeats a small vocabulary: each (word, tag) is judged once per process.
    return display_term(token, tag) if is_term(token, tag) else None


def score_distinctive_terms(
    counts_by_group: Mapping[int, Counter[str]], *, top: int = 25, min_count: int = 2
) -> dict[int, tuple[TermScore, ...]]:
    """Each group's (year's) most distinctive terms against all other groups.

    ``score`` is the z-score of the log-odds ratio with the corpus counts as an informative
    Dirichlet prior; ``per_10k`` is the term's frequency per 10,000 content words of the group.

    >>> scores = score_distinctive_terms({2023: Counter({"dữ liệu số": 9, "kinh tế số": 1}),
    ...                                   2024: Counter({"kinh tế số": 9, "dữ liệu số": 1})}, top=1)
    >>> scores[2024][0].term
    'kinh tế số'
    """
    prior: Counter[str] = Counter()
    for counts in counts_by_group.values():
        prior.update(counts)
    prior_total = sum(prior.values())
    results: dict[int, tuple[TermScore, ...]] = {}
    for group, counts in counts_by_group.items():
        group_total = sum(counts.values())
        rest = prior - counts
        rest_total = sum(rest.values())
        scored = []
        for term, count in counts.items():
            if count < min_count:
                continue
            alpha = prior[term]
            in_group = (count + alpha) / (group_total + prior_total - count - alpha)
            other = rest[term]
            in_rest = (other + alpha) / (rest_total + prior_total - other - alpha)
            delta = math.log(in_group) - math.log(in_rest)
            variance = 1.0 / (count + alpha) + 1.0 / (other + alpha)
            per_10k = 10_000 * count / group_total if group_total else 0.0
            scored.append(TermScore(term, round(delta / math.sqrt(variance), 4), count, round(per_10k, 2)))
        scored.sort(key=lambda score: (-score.score, -score.count, score.term))
        results[group] = tuple(scored[:top])
    return results


def compute_term_trends(
    counts_by_group: Mapping[int, Counter[str]], terms: Sequence[str]
) -> list[dict[str, object]]:
    """Relative frequency (per 10,000 content words) of chosen terms in every group.

    >>> compute_term_trends({2023: Counter({"dữ liệu số": 5, "khác": 5})}, ["dữ liệu số"])
    [{'term': 'dữ liệu số', 'year': 2023, 'count': 5, 'per_10k': 5000.0}]
    """
    rows: list[dict[str, object]] = []
    for term in terms:
        wanted = display_term(term)
        for group in sorted(counts_by_group):
            counts = counts_by_group[group]
            total = sum(counts.values())
            count = counts.get(wanted, 0)
            per_10k = round(10_000 * count / total, 2) if total else 0.0
            rows.append({"term": wanted, "year": group, "count": count, "per_10k": per_10k})
    return rows


def suggest_trend_terms(counts_by_group: Mapping[int, Counter[str]], *, limit: int = 4) -> list[str]:
    """Domain terms whose frequency moves most between years: a sensible first view of trends.

    >>> suggest_trend_terms({2023: Counter({"dữ liệu số": 9, "khác": 1}),
    ...                      2024: Counter({"kinh tế số": 9, "dữ liệu số": 1})}, limit=1)
    ['kinh tế số']
    """
    totals = {group: sum(counts.values()) for group, counts in counts_by_group.items()}
    domain = {term for counts in counts_by_group.values() for term in counts if canonical_term(term)}

    def spread(term: str) -> tuple[float, int]:
        rates = [
            10_000 * counts.get(term, 0) / totals[g] for g, counts in counts_by_group.items() if totals[g]
        ]
        overall = sum(counts.get(term, 0) for counts in counts_by_group.values())
        return (max(rates) - min(rates) if len(rates) > 1 else 0.0, overall)

    return sorted(domain, key=lambda term: (-spread(term)[0], -spread(term)[1], term))[:limit]
