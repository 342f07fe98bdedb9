"""Names made safe in one place: no control, escape, bidi or invisible character survives."""

from __future__ import annotations

import pytest

from sseassess.domain.names import (
    MAX_ORGANIZATION_NAME,
    clean_name,
    file_name,
    organization_name,
    participant_name,
    safe_extension,
)
from sseassess.domain.text import InputError


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Coop du Littoral", "Coop du Littoral"),
        ("  Coop \t du\u00a0 Littoral ", "Coop du Littoral"),
        ("Coop\nOverall score: 95.0 / 100", "Coop Overall score: 95.0 / 100"),
        ("Coop\r\nFake 99", "Coop Fake 99"),
        ("Coop \u202e001 / 0.59 :erocs llarevO", "Coop 001 / 0.59 :erocs llarevO"),
        ("Coop \u2067isolated\u2069 \u200fmark", "Coop isolated mark"),
        ("Co\u200bop\u200c A\u200d\u2060\ufeff", "Coop A"),
        ("\x1b[2J\x1b[31mRed Coop\x1b[0m", "Red Coop"),
        ("\x1b]0;title\x07Coop", "Coop"),
        ("Coop\x00\x07\x7f", "Coop"),
        ("Coop\u2028Line\u2029Para", "Coop Line Para"),
        ("Coop\u3164\u115f", "Coop"),
        ("Coopérative", "Coopérative"),
        ("Coope\u0301rative", "Coopérative"),  # NFC
        ("جمعية التضامن", "جمعية التضامن"),  # right-to-left letters are names
        ("協同組合", "協同組合"),
    ],
)
def test_clean_name(typed: str, kept: str) -> None:
    assert clean_name(typed) == kept


def test_a_zero_width_look_alike_becomes_the_same_name() -> None:
    assert clean_name("Coop\u200b A") == clean_name("Coop A")


def test_names_are_refused_when_nothing_is_left_or_too_long() -> None:
    with pytest.raises(InputError, match="needs a name"):
        organization_name("\u200b\u202e\n ")
    with pytest.raises(InputError, match="too long"):
        organization_name("x" * (MAX_ORGANIZATION_NAME + 1))
    with pytest.raises(InputError, match="1 to 200"):
        participant_name("\x1b[0m")
    assert participant_name(" Ana\u200b ") == "Ana"


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("minutes.pdf", "minutes.pdf"),
        ("minutes\u202efdp.exe", "minutesfdp.exe"),
        ("../../.bashrc", "bashrc"),
        ("C:\\Users\\x\\report.docx", "report.docx"),
        ('a<b>:c"d|e?f*.txt', "a_b__c_d_e_f_.txt"),
        ("..", "file"),
        ("\u200b", "file"),
        ("x" * 300 + ".pdf", "x" * 251 + ".pdf"),
    ],
)
def test_file_names(given: str, kept: str) -> None:
    assert file_name(given) == kept


def test_only_documents_and_pictures_are_opened() -> None:
    assert safe_extension("application/pdf") == ".pdf"
    assert safe_extension("image/jpeg") == ".jpg"
    for dangerous in (
        "application/x-msdownload",
        "application/x-sh",
        "text/html",
        "application/zip",
        "application/octet-stream",
    ):
        assert safe_extension(dangerous) is None
