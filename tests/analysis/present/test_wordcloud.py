"""Word clouds: whole words drawn in a font with Vietnamese glyphs, deterministic, never blank."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageStat

from analysis.pipeline import count_terms_by_year
from analysis.present.wordcloud import render_wordcloud, wordcloud_font
from analysis.types import CorpusAnalysis


def test_wordcloud_font_exists_and_has_vietnamese_glyphs() -> None:
    from PIL import ImageFont

    path = wordcloud_font()
    assert path.is_file()
    font = ImageFont.truetype(str(path), 40)
    assert font.getbbox("ữ")[2] > 0


def test_wordcloud_is_a_non_blank_png(seed_corpus: CorpusAnalysis) -> None:
    frequencies = dict(count_terms_by_year(seed_corpus.documents)[2024].most_common(150))
    png = render_wordcloud(frequencies)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = Image.open(io.BytesIO(png))
    image.load()
    assert image.format == "PNG"
    assert image.size == (1200, 600)
    grey = image.convert("L")
    assert grey.getextrema()[0] < 128, "some words are drawn in a dark colour"
    inked = sum(grey.histogram()[:240])
    assert inked > 0.02 * image.size[0] * image.size[1]
    assert ImageStat.Stat(grey).stddev[0] > 10


def test_wordcloud_size_and_determinism() -> None:
    frequencies = {"kinh tế số": 9, "dữ liệu số": 5, "chuyển đổi số": 3}
    png = render_wordcloud(frequencies, width=400, height=200)
    assert Image.open(io.BytesIO(png)).size == (400, 200)
    assert render_wordcloud(frequencies, width=400, height=200) == png


def test_wordcloud_of_nothing_is_an_error() -> None:
    with pytest.raises(ValueError):
        render_wordcloud({})
