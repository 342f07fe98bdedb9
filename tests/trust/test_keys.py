"""Certificate names: at most 64 UTF-8 bytes, cut between two characters as a reader sees them."""

from __future__ import annotations

import unicodedata

import pytest
from cryptography import x509
from cryptography.x509.oid import NameOID

from sseassess.trust.keys import NAME_BYTES, SELF_DECLARED_UNIT, fitted_name, new_key, self_signed


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Coopérative", "Coopérative"),
        ("  Coopérative \n des  Tisserands ", "Coopérative des Tisserands"),
        ("é" * 40, "é" * 32),  # 2 bytes each: 32 fit
        ("e\u0301" * 40, "é" * 32),  # decomposed accents are composed first
        ("a" * 63 + "é", "a" * 63),  # the é would not fit whole: left out
        ("q\u0301" * 30, "q\u0301" * 21),  # 3 bytes a letter and its accent: never apart
        ("x" * 56 + "\U0001f1eb\U0001f1f7", "x" * 56 + "\U0001f1eb\U0001f1f7"),  # a flag fits
        ("x" * 58 + "\U0001f1eb\U0001f1f7", "x" * 58),  # half a flag is no flag
        ("x" * 60 + "\U0001f469\u200d\U0001f467", "x" * 60),  # a joined emoji stays whole
        ("", "-"),
    ],
)
def test_fitted_name_cuts_between_characters(name: str, expected: str) -> None:
    fitted = fitted_name(name)
    assert fitted == expected
    assert len(fitted.encode("utf-8")) <= NAME_BYTES
    assert unicodedata.is_normalized("NFC", fitted)


def test_a_long_name_makes_a_valid_certificate() -> None:
    name = "Société coopérative d'intérêt collectif des tisserandes et tisserands de Thiès"
    certificate = self_signed(new_key(), name, unit=SELF_DECLARED_UNIT, authority=False)
    common = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
    assert isinstance(certificate, x509.Certificate)
    assert common == fitted_name(name)
    assert name.startswith(str(common))
