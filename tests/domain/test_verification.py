"""How printed facts are read back: the words of a right-to-left line may come in the
opposite order, never other words."""

from __future__ import annotations

from sseassess.domain.verification import printed_forms


def test_a_left_to_right_fact_reads_back_only_as_written() -> None:
    assert printed_forms("October  15, 2026") == ("October 15, 2026",)
    assert printed_forms("纺织合作社") == ("纺织合作社",)


def test_a_right_to_left_fact_may_read_back_with_its_words_reversed() -> None:
    assert printed_forms("15 أكتوبر 2026") == ("15 أكتوبر 2026", "2026 أكتوبر 15")
    assert "2026 أكتوبر 16" not in printed_forms("15 أكتوبر 2026")
    assert printed_forms("קואופרטיב הטקסטיל")[1] == "הטקסטיל קואופרטיב"
