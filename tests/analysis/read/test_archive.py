"""Archives of articles: every supported file at any depth, each member left out named, bombs and
paths outside the archive refused, and the whole bounded in memory."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.present.problems import describe_problem
from analysis.read.archive import MAX_ARCHIVE_ENTRIES, read_archive
from analysis.read.problems import ReadError
from tests.analysis.read.conftest import ARTICLE


def make_zip(members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=method)
    return buffer.getvalue()


def article(year: int) -> bytes:
    return ARTICLE.replace("2024", str(year)).encode()


def test_articles_in_nested_folders_of_every_format_are_found(
    make_docx: Callable[[list[str]], bytes], make_pdf: Callable[..., bytes]
) -> None:
    data = make_zip(
        {
            "bai-viet/2023/tin.txt": article(2023),
            "bai-viet/2024/quy-1/tin.md": article(2024),
            "bai-viet/2024/quy-2/bao-cao.docx": make_docx(ARTICLE.split("\n")),
            "bai-viet/2025/ke-hoach.pdf": make_pdf(ARTICLE.split("\n")),
            "bai-viet/2025/trang.html": b"<html><body><article><p>"
            + article(2025)
            + b"</p></article></body></html>",
        }
    )
    members, problems = read_archive("kho.zip", data)
    assert [member.path for member in members] == [
        "bai-viet/2023/tin.txt",
        "bai-viet/2024/quy-1/tin.md",
        "bai-viet/2024/quy-2/bao-cao.docx",
        "bai-viet/2025/ke-hoach.pdf",
        "bai-viet/2025/trang.html",
    ]
    assert [member.name for member in members][:2] == ["tin.txt", "tin.md"]
    assert problems == []


@pytest.mark.parametrize(
    ("member", "code"),
    [
        pytest.param("../../etc/cron.d/x.txt", "archive_unsafe_path", id="dot-dot"),
        pytest.param("/etc/passwd.txt", "archive_unsafe_path", id="absolute"),
        pytest.param("C:/Windows/a.txt", "archive_unsafe_path", id="drive"),
        pytest.param("a\\..\\..\\b.txt", "archive_unsafe_path", id="backslashes"),
        pytest.param("__MACOSX/bai-viet/._tin.txt", "skipped_hidden", id="mac resource fork"),
        pytest.param("bai-viet/.an.txt", "skipped_hidden", id="hidden"),
        pytest.param("bai-viet/anh.png", "skipped_unsupported", id="image"),
        pytest.param("bai-viet/khac.zip", "archive_nested", id="archive in the archive"),
    ],
)
def test_each_member_left_out_is_named_with_its_reason(member: str, code: str) -> None:
    data = make_zip(
        {"bai-viet/tin.txt": article(2024), member: b"PK\x03\x04" if member.endswith("zip") else b"x"}
    )
    members, problems = read_archive("kho.zip", data)
    assert [m.path for m in members] == ["bai-viet/tin.txt"]
    (problem,) = problems
    assert problem.code == code
    assert problem.path == f"kho.zip/{member}" and describe_problem(problem, language="en").startswith(
        f"kho.zip/{member}: "
    )


def test_a_member_over_its_format_limit_is_left_out_the_rest_read() -> None:
    data = make_zip({"tin.txt": article(2024), "lon.txt": os.urandom(2 * 1024 * 1024).hex().encode()})
    members, problems = read_archive("kho.zip", data)
    assert [m.path for m in members] == ["tin.txt"]
    assert [problem.code for problem in problems] == ["too_large"]


@pytest.mark.parametrize(
    ("members", "code"),
    [
        pytest.param({"bom.txt": bytes(200 * 1024 * 1024)}, "archive_ratio", id="a bomb"),
        pytest.param(
            {f"{i}.txt": b"x" for i in range(MAX_ARCHIVE_ENTRIES + 1)},
            "archive_entries",
            id="too many entries",
        ),
    ],
)
def test_an_archive_over_its_limits_is_refused_whole(members: dict[str, bytes], code: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_archive("bom.zip", make_zip(members))
    assert caught.value.code == code
    assert "zip" in describe_problem(caught.value.problem("bom.zip"), language="en")


def test_a_damaged_archive_is_refused_with_a_message() -> None:
    data = make_zip({"tin.txt": article(2024)})
    with pytest.raises(ReadError) as caught:
        read_archive("hong.zip", data[: len(data) // 2])
    assert caught.value.code == "archive_corrupt"


def test_a_member_whose_directory_lies_about_its_size_is_stopped_at_the_size_it_declared() -> None:
    data = bytearray(make_zip({"tin.txt": article(2024)}, method=zipfile.ZIP_STORED))
    # The central directory's "uncompressed size" of the only member, made smaller than it is.
    directory = data.rindex(b"PK\x01\x02")
    size = len(article(2024))
    data[directory + 24 : directory + 28] = (size // 2).to_bytes(4, "little")
    members, problems = read_archive("noi-doi.zip", bytes(data))
    assert members == [] and len(problems) == 1
    assert problems[0].code in {"archive_member_unreadable", "archive_ratio"}


def test_a_bomb_is_refused_in_little_memory(tmp_path: Path) -> None:
    bomb = tmp_path / "bom.zip"
    bomb.write_bytes(make_zip({f"{i}/bom.txt": bytes(150 * 1024 * 1024) for i in range(4)}))
    # VmHWM, the peak of this process's own memory (ru_maxrss would carry the parent's over exec).
    script = (
        "from analysis.read.archive import read_archive\n"
        "from analysis.read.problems import ReadError\n"
        "try:\n"
        f"    read_archive('bom.zip', open({str(bomb)!r}, 'rb').read())\n"
        "except ReadError as error:\n"
        "    peak = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
        "    print(error.code, peak)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    code, peak_kb = result.stdout.split()
    assert code == "archive_ratio"
    assert int(peak_kb) < 150 * 1024  # far below the 600 MB it unpacks to
