"""Word-cloud images of whole words, for the dashboard and the slide deck."""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Mapping
from pathlib import Path

from analysis.present.style import PALETTE


def wordcloud_font() -> Path:
    """A font with Vietnamese glyphs: matplotlib's bundled DejaVu Sans."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def _palette_colour(word: str, font_size: int, position: object, orientation: object, **_: object) -> str:
    # Dark palette colours only: light ones (viridis's yellow) are unreadable on a projector.
    return PALETTE[sum(map(ord, word)) % len(PALETTE)]


def render_wordcloud(frequencies: Mapping[str, int], *, width: int = 1200, height: int = 600) -> bytes:
    """A PNG word cloud of whole words (counted by us, never split into syllables by wordcloud).

    >>> render_wordcloud({"kinh tế số": 5, "dữ liệu số": 3})[:4]
    b'\\x89PNG'
    """
    from wordcloud import WordCloud

    if not frequencies:
        raise ValueError("no words to draw")
    cloud = WordCloud(
        font_path=str(wordcloud_font()),
        width=width,
        height=height,
        background_color="white",
        color_func=_palette_colour,
        prefer_horizontal=0.95,
        max_words=120,
        collocations=False,
        random_state=7,
    ).generate_from_frequencies(dict(Counter(frequencies).most_common(120)))
    buffer = io.BytesIO()
    cloud.to_image().save(buffer, format="PNG")
    return buffer.getvalue()
