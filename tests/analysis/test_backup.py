"""Export → import restores the library exactly, on a fresh HOME; a damaged or foreign archive is
refused with a message and changes nothing; importing into a library that has articles says what
happened to each duplicate.

Everything runs as a user would: the CLI in real processes, real SQLite files, real .zip archives
(damaged by rewriting their bytes, with no zipfile in between where that matters).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest

from analysis.backup import ARCHIVE_VERSION, MANIFEST_NAME, read_archive
from analysis.intake import add_files, revise_document
from analysis.read import ReadError
from analysis.store import CorpusStore
from tests.cli import run_cli

ROOT = Path(__file__).resolve().parents[2]
DANTRI = ROOT / "tests" / "fixtures" / "articles" / "pages" / "d10_dantri.html"


def _docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Cần Thơ công bố kế hoạch chuyển đổi số năm 2026")
    document.add_paragraph("Năm 2026, thành phố Cần Thơ đặt mục tiêu có 2.100 Tổ công nghệ số cộng đồng.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _fresh_home(tmp_path: Path, name: str) -> Path:
    """A new HOME for a user on another machine, who reads the CLI in English."""
    home = tmp_path / name
    home.mkdir()
    return home


def _cli(*args: str | Path, home: Path, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in English on ``home``, with its store where the user configured it (``store``) or
    where it is by default."""
    configured = {"DXPOLICY_STORE": str(store)} if store is not None else {}
    return run_cli(*args, home=home, env={"DXPOLICY_LANG": "en", **configured})


def _rows(path: Path) -> list[dict[str, object]]:
    """Every record of the store file, every column, in the order they were stored."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        return [dict(row) for row in connection.execute("SELECT * FROM documents ORDER BY rowid")]


def _default_store(home: str) -> Path:
    return Path(home) / ".local" / "share" / "dxpolicy" / "corpus.sqlite3"


@pytest.fixture
def library(three_articles_store: Path) -> Path:
    """A store of five articles in three formats (the three short ones, a Dân trí page, a Word
    file), two of them corrected by the user."""
    path = three_articles_store
    uploads = [("dantri.html", DANTRI.read_bytes()), ("can-tho.docx", _docx_bytes())]
    with CorpusStore(path) as store:
        result = add_files(store, uploads)
        assert len(result.added) == 2, result.problems
        revise_document(store, "hau-giang", {"year": "2022", "outlet": "Báo Hậu Giang"})
        revise_document(store, "can-tho", {"title": "Cần Thơ: kế hoạch số 2026"})
    return path


@pytest.fixture
def archive(library: Path, tmp_path: Path) -> Path:
    """``python -m analysis export -o …`` of ``library``."""
    output = tmp_path / "library.zip"
    home = _fresh_home(tmp_path, "exporting")
    done = _cli("export", "-o", output, "--store", library, home=home)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"Wrote {output}: 5 articles, 0.0 MB.\n" and done.stderr == ""
    return output


def test_export_then_import_on_a_fresh_home_restores_every_record_and_the_same_report(
    library: Path, tmp_path: Path
) -> None:
    first = _fresh_home(tmp_path, "machine-a")
    output = tmp_path / "carried" / "library.zip"
    output.parent.mkdir()
    exported = _cli("export", "-o", output, home=first, store=library)
    assert exported.returncode == 0, exported.stderr

    second = _fresh_home(tmp_path, "machine-b")
    imported = _cli("import", output, home=second)
    assert imported.returncode == 0, imported.stderr
    assert (
        imported.stdout
        == f"Imported 5 articles from {output}; 0 already in the library were left as they were.\n"
    )
    restored = _default_store(str(second))
    assert restored.is_file()

    before, after = _rows(library), _rows(restored)
    assert [row["id"] for row in after] == ["binh-phuoc", "hau-giang", "ha-giang", "dantri", "can-tho"]
    assert after == before  # every field of every record, bytes and hashes included
    assert json.loads(after[1]["corrections"]) == {"year": 2022, "outlet": "Báo Hậu Giang"}
    assert after[3]["original"] == DANTRI.read_bytes()

    listed = _cli("list", "--format", "json", home=second)
    assert listed.stdout == _cli("list", "--format", "json", home=first, store=library).stdout
    report_a = _cli("report", "--no-cache", home=first, store=library)
    report_b = _cli("report", "--no-cache", home=second)
    assert report_a.returncode == report_b.returncode == 0, report_a.stderr + report_b.stderr
    assert report_b.stdout == report_a.stdout
    assert "Cần Thơ: kế hoạch số 2026" in report_b.stdout


def test_the_manifest_is_versioned_and_names_every_file_with_its_hash(archive: Path) -> None:
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read(MANIFEST_NAME))
        names = set(opened.namelist())
    assert (manifest["format"], manifest["version"], manifest["count"]) == (
        "dxpolicy-library",
        ARCHIVE_VERSION,
        5,
    )
    assert {"id", "original", "text", "corrections", "added_at", "text_sha256"} <= set(manifest["fields"])
    docx_entry = manifest["articles"][4]
    assert docx_entry["fields"]["id"] == "can-tho"
    assert docx_entry["files"]["original"]["path"] == "articles/000005/original.docx"
    assert {entry["path"] for article in manifest["articles"] for entry in article["files"].values()} | {
        MANIFEST_NAME
    } == names


def test_a_field_the_store_gains_later_is_exported_and_restored_without_code_change(
    library: Path, tmp_path: Path
) -> None:
    """A field a later version adds is carried because fields are read generically: here one no
    version has yet, added to both stores, beside the source address a link leaves."""
    for path in (library, tmp_path / "second" / "corpus.sqlite3"):
        with CorpusStore(path):
            pass
        with contextlib.closing(sqlite3.connect(path)) as connection:
            connection.execute("ALTER TABLE documents ADD COLUMN reviewed_by TEXT")
            connection.execute("UPDATE documents SET reviewed_by = 'Phòng CĐS' WHERE id = 'hau-giang'")
            connection.commit()
    output = tmp_path / "with-field.zip"
    home = _fresh_home(tmp_path, "home")
    assert _cli("export", "-o", output, "--store", library, home=home).returncode == 0
    done = _cli("import", output, "--store", tmp_path / "second" / "corpus.sqlite3", home=home)
    assert done.returncode == 0, done.stderr
    restored = _rows(tmp_path / "second" / "corpus.sqlite3")
    assert restored == _rows(library)
    assert restored[1]["reviewed_by"] == "Phòng CĐS"


def test_the_source_address_of_a_fetched_article_is_carried_and_checked(
    tmp_path: Path, store_articles: list[tuple[str, bytes]]
) -> None:
    from dataclasses import replace

    from analysis.intake import prepare_upload

    source = tmp_path / "linked" / "corpus.sqlite3"
    name, data = store_articles[2]
    candidate = replace(prepare_upload(name, data), source_url="https://baohagiang.vn/bai/1.html")
    with CorpusStore(source) as store:
        assert store.add([candidate]).added == ("ha-giang",)
    output = tmp_path / "linked.zip"
    home = _fresh_home(tmp_path, "home")
    assert _cli("export", "-o", output, "--store", source, home=home).returncode == 0
    (record,) = read_archive(output)
    assert record["source_url"] == "https://baohagiang.vn/bai/1.html"

    # Into a store where the id is taken: renamed, its details hash (covering the source) made anew.
    target = tmp_path / "busy" / "corpus.sqlite3"
    other = "Hà Giang khai trương trung tâm dữ liệu năm 2025\nNăm 2025, Hà Giang có 3 trung tâm.\n"
    with CorpusStore(target) as store:
        add_files(store, [("ha-giang.txt", other.encode())])
    assert _cli("import", output, "--store", target, home=home).returncode == 0
    with CorpusStore(target) as store:
        listed = {document.id: document for document in store.list_documents()}
        documents, problems = store.read_documents()
    assert problems == [] and len(documents) == 2
    assert listed["ha-giang-2"].source_url == "https://baohagiang.vn/bai/1.html"

    # A source address changed in the manifest (its hashes left as they were) is refused.
    with zipfile.ZipFile(output) as opened:
        manifest = json.loads(opened.read(MANIFEST_NAME))
    manifest["articles"][0]["fields"]["source_url"] = "https://evil.example/"
    manifest["articles_sha256"] = hashlib.sha256(
        json.dumps(manifest["articles"], ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    forged = _rewrite(output, tmp_path / "forged.zip", {MANIFEST_NAME: json.dumps(manifest).encode()})
    with pytest.raises(ReadError) as refused:
        read_archive(forged)
    assert refused.value.values == {"part": "ha-giang", "reason": "details SHA-256"}


def _rewrite(archive: Path, output: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of ``archive`` with entries replaced (None: left out), written by zipfile so the
    .zip itself is sound and only its content is wrong."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            data = change.get(info.filename, source.read(info))
            if data is not None:
                target.writestr(info, data)
    return output


def _manifest_with(archive: Path, edit: object) -> bytes:
    with zipfile.ZipFile(archive) as opened:
        manifest = json.loads(opened.read(MANIFEST_NAME))
    edit(manifest)  # type: ignore[operator]
    return json.dumps(manifest, ensure_ascii=False).encode()


def _flip_in_file(path: Path, found: bytes, replacement: bytes) -> None:
    data = path.read_bytes()
    assert data.count(found) >= 1
    path.write_bytes(data.replace(found, replacement, 1))


def _stored_archive(archive: Path, output: Path) -> Path:
    """The same archive with its entries stored uncompressed, so bytes can be flipped in place."""
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(output, "w", zipfile.ZIP_STORED) as target:
        for info in source.infolist():
            data = source.read(info)
            info.compress_type = zipfile.ZIP_STORED
            target.writestr(info, data)
    return output


def _damage(kind: str, archive: Path, tmp_path: Path) -> Path:
    bad = tmp_path / f"{kind}.zip"
    if kind == "not-a-zip":
        bad.write_bytes(b"PK\x03\x04 this is not really a zip archive " * 40)
    elif kind == "truncated":
        bad.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    elif kind == "foreign":
        with zipfile.ZipFile(bad, "w") as opened:
            opened.writestr("bai-viet/ha-noi.txt", "Hà Nội năm 2025".encode())
    elif kind == "other-manifest":
        _rewrite(archive, bad, {MANIFEST_NAME: json.dumps({"format": "other", "version": 1}).encode()})
    elif kind == "newer":
        _rewrite(archive, bad, {MANIFEST_NAME: _manifest_with(archive, lambda m: m.update(version=99))})
    elif kind == "text-changed":  # the figure in a text changed, the manifest left as it was
        with zipfile.ZipFile(archive) as opened:
            text = opened.read("articles/000002/text.txt")
        _rewrite(archive, bad, {"articles/000002/text.txt": text.replace(b"95%", b"59%")})
    elif kind == "file-missing":
        _rewrite(archive, bad, {"articles/000005/original.docx": None})
    elif kind == "manifest-edited":  # a year changed in the manifest, its hash left as it was
        edit = lambda m: m["articles"][0]["fields"].update(inferred='{"year": 2030}')  # noqa: E731
        _rewrite(archive, bad, {MANIFEST_NAME: _manifest_with(archive, edit)})
    elif kind == "bytes-flipped":  # damage on disk inside an entry: the .zip's own CRC catches it
        _stored_archive(archive, bad)
        _flip_in_file(bad, "đã số hóa 95%".encode(), "đã số hóa 59%".encode())
    return bad


REFUSALS = {
    "not-a-zip": ("archive_not_zip", "not a .zip file"),
    "truncated": ("archive_not_zip", "not a .zip file"),
    "foreign": ("archive_foreign", "not a library export of this application"),
    "other-manifest": ("archive_foreign", "not a library export of this application"),
    "newer": ("archive_newer", "made by a newer version (format 99"),
    "text-changed": ("archive_damaged", "damaged at articles/000002/text.txt (SHA-256)"),
    "file-missing": ("archive_damaged", "damaged at articles/000005/original.docx (missing)"),
    "manifest-edited": ("archive_damaged", "damaged at manifest.json (SHA-256)"),
    "bytes-flipped": ("archive_damaged", "damaged at articles/000002/original.txt (Bad CRC-32"),
}


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_a_damaged_or_foreign_archive_is_refused_and_nothing_changes(
    kind: str, archive: Path, tmp_path: Path, store_articles: list[tuple[str, bytes]]
) -> None:
    bad = _damage(kind, archive, tmp_path)
    code, phrase = REFUSALS[kind]
    with pytest.raises(ReadError) as refused:
        read_archive(bad)
    assert refused.value.code == code

    target = tmp_path / "target" / "corpus.sqlite3"
    with CorpusStore(target) as store:
        add_files(store, store_articles[:1])
    before = target.read_bytes()
    home = _fresh_home(tmp_path, "importing")
    done = _cli("import", bad, "--store", target, home=home)
    assert done.returncode == 2 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"error: {bad}: ") and phrase in line and "nothing was changed" in line
    assert "Traceback" not in done.stderr
    assert target.read_bytes() == before
    assert [row["id"] for row in _rows(target)] == ["binh-phuoc"]

    vietnamese = _cli("import", bad, "--store", target, "--lang", "vi", home=home)
    assert "chưa có gì thay đổi" in vietnamese.stderr


def test_importing_into_a_library_with_articles_keeps_the_stored_duplicates_and_renames_taken_ids(
    archive: Path, tmp_path: Path, store_articles: list[tuple[str, bytes]]
) -> None:
    target = tmp_path / "busy" / "corpus.sqlite3"
    other_ha_giang = "Hà Giang khai trương trung tâm dữ liệu năm 2025\nNăm 2025, Hà Giang có 3 trung tâm.\n"
    with CorpusStore(target) as store:
        add_files(store, [store_articles[0], ("ha-giang.txt", other_ha_giang.encode())])
        revise_document(store, "binh-phuoc", {"year": "2030"})  # the user's own correction there stays
    home = _fresh_home(tmp_path, "importing")
    done = _cli("import", archive, "--store", target, home=home)
    assert done.returncode == 0, done.stderr
    assert (
        done.stdout == f"Imported 4 articles from {archive}; 1 already in the library was left as it was.\n"
    )
    assert done.stderr.splitlines() == [
        "warning: binh-phuoc: already in the library as “binh-phuoc” (the same text); the stored article "
        "and its corrections were kept, the copy in the export skipped.",
        "warning: ha-giang: an article with id “ha-giang” already exists, so the new one was saved as "
        "“ha-giang-2”.",
    ]
    rows = {row["id"]: row for row in _rows(target)}
    assert sorted(rows) == ["binh-phuoc", "can-tho", "dantri", "ha-giang", "ha-giang-2", "hau-giang"]
    assert json.loads(rows["binh-phuoc"]["corrections"]) == {"year": 2030}
    assert "1.200 điểm" in rows["ha-giang-2"]["text"]
    with CorpusStore(target) as store:  # the renamed record checks itself with its new id
        documents, problems = store.read_documents()
    assert problems == [] and len(documents) == 6


def test_exporting_to_a_folder_that_cannot_be_written_says_so(library: Path, tmp_path: Path) -> None:
    home = _fresh_home(tmp_path, "home")
    done = _cli("export", "-o", tmp_path / "no-such-folder" / "library.zip", "--store", library, home=home)
    assert done.returncode == 1 and done.stdout == ""
    assert "the export could not be written (No such file or directory)" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_damaged_record_is_left_out_of_the_export_and_named(damaged_store: Path, tmp_path: Path) -> None:
    output = tmp_path / "library.zip"
    done = _cli("export", "-o", output, "--store", damaged_store, home=_fresh_home(tmp_path, "home"))
    assert done.returncode == 0
    assert done.stdout == f"Wrote {output}: 2 articles, 0.0 MB.\n"
    (warning,) = done.stderr.splitlines()
    assert warning.startswith("error: hau-giang: this article's record in the store is damaged")
    assert [record["id"] for record in read_archive(output)] == ["binh-phuoc", "ha-giang"]


def test_an_archive_with_fields_this_version_does_not_know_is_refused(
    library: Path, tmp_path: Path, store_articles: list[tuple[str, bytes]]
) -> None:
    with CorpusStore(library):
        pass
    with contextlib.closing(sqlite3.connect(library)) as connection:
        connection.execute("ALTER TABLE documents ADD COLUMN reviewed_by TEXT")
        connection.commit()
    output = tmp_path / "newer.zip"
    home = _fresh_home(tmp_path, "home")
    assert _cli("export", "-o", output, "--store", library, home=home).returncode == 0
    target = tmp_path / "older" / "corpus.sqlite3"
    with CorpusStore(target) as store:
        add_files(store, store_articles[:1])
    before = target.read_bytes()
    done = _cli("import", output, "--store", target, home=home)
    assert done.returncode == 2
    assert "fields this version does not know (reviewed_by); nothing was changed" in done.stderr
    assert target.read_bytes() == before
