"""Hostile PDFs: ``verify`` gives up within a few seconds, exit code 2, nothing hangs."""

from __future__ import annotations

import time
import zlib
from pathlib import Path

import pytest

from sseassess.app.verify import PARSE_SECONDS
from sseassess.cli import main


def slow_pdf(pages: int, operations: int) -> bytes:
    """A file of a few kB whose pages all share one content stream that inflates (twice) to
    megabytes of text operators: a parser spends seconds on each page, minutes on the file."""
    operators = b"BT /F1 1 Tf " + b"(a)Tj " * operations + b"ET"
    content = zlib.compress(zlib.compress(operators, 9), 9)
    kids = b" ".join(b"%d 0 R" % (5 + page) for page in range(pages))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter [/FlateDecode /FlateDecode] /Length %d >>\nstream\n%s\nendstream"
        % (len(content), content),
        *[page] * pages,
    ]
    return _pdf(objects)


def nested_pdf(depth: int) -> bytes:
    """A catalog holding an array nested ``depth`` deep."""
    return _pdf([b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * depth + b"]" * depth + b" >>"])


def _pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        start,
    )
    return bytes(out)


def test_a_file_built_to_keep_the_parser_busy_is_given_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "slow.pdf"
    path.write_bytes(slow_pdf(pages=40, operations=300_000))
    assert path.stat().st_size < 10_000
    started = time.monotonic()
    assert main(["verify", str(path)]) == 2
    elapsed = time.monotonic() - started
    assert elapsed < PARSE_SECONDS + 5, elapsed
    err = capsys.readouterr().err
    assert "could not be read within the limits (time)" in err


def test_a_deeply_nested_file_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "nested.pdf"
    path.write_bytes(nested_pdf(200_000))
    started = time.monotonic()
    assert main(["verify", str(path)]) == 2
    assert time.monotonic() - started < PARSE_SECONDS + 5
    assert "nested.pdf is not a PDF that can be read" in capsys.readouterr().err
