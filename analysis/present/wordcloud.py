"""Word-cloud images of whole words, for the dashboard and the slide deck."""

from __future__ import annotations

import base64
import html
import io
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.present.style import PALETTE

# Smallest word, in image pixels, of a cloud shown on a slide: the image is drawn at about half its
# size on a 1280-pixel-wide projector, so every word stays at 20 px or more.
SLIDE_MIN_FONT_SIZE = 48


def wordcloud_font() -> Path:
    """A font with Vietnamese glyphs: matplotlib's bundled DejaVu Sans."""
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"


def _palette_colour(word: str, font_size: int, position: object, orientation: object, **_: object) -> str:
    # Dark palette colours only: light ones (viridis's yellow) are unreadable on a projector.
    return PALETTE[sum(map(ord, word)) % len(PALETTE)]


def _build_cloud(
    frequencies: Mapping[str, int], *, width: int, height: int, max_words: int = 120, min_font_size: int = 4
) -> object:
    from wordcloud import WordCloud

    if not frequencies:
        raise ValueError("no words to draw")
    return WordCloud(
        font_path=str(wordcloud_font()),
        width=width,
        height=height,
        background_color="white",
        color_func=_palette_colour,
        prefer_horizontal=0.95,
        max_words=max_words,
        min_font_size=min_font_size,
        collocations=False,
        random_state=7,
    ).generate_from_frequencies(dict(Counter(frequencies).most_common(max_words)))


def _png(cloud: object) -> bytes:
    buffer = io.BytesIO()
    cloud.to_image().save(buffer, format="PNG")  # type: ignore[attr-defined]
    return buffer.getvalue()


def render_wordcloud(
    frequencies: Mapping[str, int],
    *,
    width: int = 1200,
    height: int = 600,
    max_words: int = 120,
    min_font_size: int = 4,
) -> bytes:
    """A PNG word cloud of whole words (counted by us, never split into syllables by wordcloud).

    ``min_font_size`` (in image pixels) keeps every word readable once the image is scaled onto a
    slide; words that do not fit at that size are left out.

    >>> render_wordcloud({"kinh tế số": 5, "dữ liệu số": 3})[:4]
    b'\\x89PNG'
    """
    cloud = _build_cloud(
        frequencies, width=width, height=height, max_words=max_words, min_font_size=min_font_size
    )
    return _png(cloud)


@dataclass(frozen=True)
class WordBox:
    """Where a word is drawn, as fractions of the image's width and height."""

    word: str
    left: float
    top: float
    width: float
    height: float


def layout_wordcloud(
    frequencies: Mapping[str, int], *, width: int = 1200, height: int = 600
) -> tuple[bytes, tuple[WordBox, ...]]:
    """The word-cloud PNG and the box of every word on it, so each word can be made a link.

    >>> png, boxes = layout_wordcloud({"kinh tế số": 5, "dữ liệu số": 3})
    >>> sorted(box.word for box in boxes)
    ['dữ liệu số', 'kinh tế số']
    """
    from PIL import Image, ImageDraw, ImageFont

    cloud = _build_cloud(frequencies, width=width, height=height)
    measure = ImageDraw.Draw(Image.new("L", (width, height)))
    boxes = []
    for (word, _), font_size, (top, left), orientation, _colour in cloud.layout_:  # type: ignore[attr-defined]
        font = ImageFont.TransposedFont(ImageFont.truetype(str(wordcloud_font()), font_size), orientation)
        x0, y0, x1, y1 = measure.textbbox((0, 0), word, font=font, anchor="lt")
        boxes.append(
            WordBox(
                word=word,
                left=round(int(left) / width, 4),
                top=round(int(top) / height, 4),
                width=round(min(x1 - x0, width - int(left)) / width, 4),
                height=round(min(y1 - y0, height - int(top)) / height, 4),
            )
        )
    return _png(cloud), tuple(boxes)


def wordcloud_links_html(
    png: bytes, boxes: Sequence[WordBox], links: Mapping[str, str], *, alt: str, title: str
) -> str:
    """The word cloud as HTML: the image, and over each word a link (``links[word]``) that opens
    its contexts. Words and links are escaped; nothing in them can run.

    ``title`` is the hover text of a word, with ``{word}`` filled in.
    """
    image = base64.b64encode(png).decode("ascii")
    anchors = "".join(
        f'<a href="{html.escape(links[box.word])}" target="_self" '
        f'title="{html.escape(title.format(word=box.word))}" aria-label="{html.escape(box.word)}" '
        f'style="position:absolute;left:{box.left:.2%};top:{box.top:.2%};'
        f'width:{box.width:.2%};height:{box.height:.2%};display:block"></a>'
        for box in boxes
        if box.word in links
    )
    return (
        '<div class="dx-wordcloud" style="position:relative;width:100%;line-height:0">'
        f'<img src="data:image/png;base64,{image}" alt="{html.escape(alt)}" style="width:100%;height:auto">'
        f"{anchors}</div>"
    )
