"""The taxonomy concept a priority item is about."""

from __future__ import annotations

import unicodedata

import pytest

from analysis.priorities.concepts import map_concept

# --- map_concept ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Ưu tiên phát triển dữ liệu số", "digital_data"),
        ("ƯU TIÊN PHÁT TRIỂN DỮ LIỆU SỐ", "digital_data"),
        ("Ưu tiên phát triển các dịch vụ công trực tuyến gắn với người dân", "online_public_services"),
        ("Ưu tiên phát triển các nền tảng số (nhất là cơ sở dữ liệu quốc gia)", "digital_platforms"),
        ("Ưu tiên bảo đảm an ninh mạng, an toàn thông tin", "cybersecurity"),
        ("Quản trị số", "digital_governance"),
        ("Phát triển công nghiệp công nghệ số", "digital_technology_industry"),
        ("Ưu tiên số hoá các ngành kinh tế", "sector_digitalisation"),  # "hoá" spelt with the mark on a
        ("Tăng cường hợp tác công tư", "resources_investment"),
        (unicodedata.normalize("NFD", "Phát triển hạ tầng số"), "digital_infrastructure"),
        # whole words: "dữ liệu" is not read inside "dữ liệuxyz"
        ("dữ liệuxyz", None),
        ("Con mèo ngủ trên mái nhà", None),
    ],
)
def test_map_concept(text: str, concept: str | None) -> None:
    assert map_concept(text) == concept
