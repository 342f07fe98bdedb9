"""The merge rules, with no database: any order, twice or once, nothing lost, and no
consensus changed without acceptance."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field, replace
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from sseassess.domain.answers import Answer
from sseassess.domain.merge import (
    EvidenceFile,
    Reason,
    StampedAnswer,
    Version,
    answer_changes,
    answer_order,
    merge_own_answers,
    own_answer_changes,
    participant_decision,
    participant_needs_acceptance,
    plan_own_answers,
    typed_answers,
)

INDICATORS = ("a.one", "a.two", "b.one")
TIMES = (None, datetime(2026, 1, 1), datetime(2026, 1, 2), datetime(2026, 1, 2, 12))


@st.composite
def answers(draw: st.DrawFn) -> Answer:
    indicator = draw(st.sampled_from(INDICATORS))
    if draw(st.booleans()):
        return Answer(indicator, not_applicable=True, reason=draw(st.sampled_from(("x", "y"))))
    return Answer(
        indicator,
        draw(st.one_of(st.none(), st.integers(0, 4))),
        note=draw(st.sampled_from(("", "n1", "n2"))),
        for_discussion=draw(st.booleans()),
    )


evidence_files = st.sampled_from(
    [EvidenceFile(f"f{n}.pdf", "application/pdf", f"{n:064x}", b"%PDF") for n in range(4)]
)
stamped_answers = st.builds(
    StampedAnswer,
    answers(),
    st.sampled_from(TIMES),
    st.lists(evidence_files, max_size=2).map(tuple),
)
bundles = st.lists(stamped_answers, max_size=5)


@dataclass
class Store:
    """What storage keeps for one assessment's own answers, applied as storage does."""

    answers: dict[str, StampedAnswer] = field(default_factory=dict)
    evidence: dict[str, list[str]] = field(default_factory=dict)

    def receive(self, bundle: list[StampedAnswer]) -> int:
        merge = merge_own_answers(self.answers, self.evidence, bundle)
        for write in merge.writes:
            assert write.creates == (write.indicator_id not in self.answers)
            if write.answer is not None:
                self.answers[write.indicator_id] = StampedAnswer(write.answer, write.changed_at)
            files = self.evidence.setdefault(write.indicator_id, [])
            files.extend(item.sha256 for item in write.new_evidence)
        return merge.changed

    def state(self) -> tuple[dict[str, Answer], dict[str, frozenset[str]]]:
        return (
            {key: value.answer for key, value in self.answers.items()},
            {key: frozenset(value) for key, value in self.evidence.items() if value},
        )


def _received(files: list[list[StampedAnswer]]) -> Store:
    store = Store()
    for bundle in files:
        store.receive(bundle)
    return store


@given(st.lists(bundles, max_size=5), st.randoms())
def test_the_order_of_files_does_not_matter(
    files: list[list[StampedAnswer]], rng: random.Random
) -> None:
    shuffled = list(files)
    rng.shuffle(shuffled)
    assert _received(files).state() == _received(shuffled).state()


@given(st.lists(bundles, max_size=5))
def test_a_file_received_twice_changes_nothing_the_second_time(
    files: list[list[StampedAnswer]],
) -> None:
    store = _received(files)
    before = store.state()
    for bundle in files:
        assert store.receive(bundle) == 0
    assert store.state() == before


@given(st.lists(bundles, max_size=5))
def test_no_answer_and_no_evidence_file_is_lost(files: list[list[StampedAnswer]]) -> None:
    """Every indicator answered in any file is answered after the merge, by the answer
    changed last; every evidence file is kept once."""
    answers, evidence = _received(files).state()
    everything = [stamped for bundle in files for stamped in bundle]
    for indicator in {s.answer.indicator_id for s in everything}:
        candidates = [s for s in everything if s.answer.indicator_id == indicator]
        latest = max(
            candidates, key=lambda s: (s.changed_at or datetime.min, answer_order(s.answer))
        )
        assert answers[indicator] == latest.answer
        hashes = {item.sha256 for s in candidates for item in s.evidence}
        assert evidence.get(indicator, frozenset()) == hashes
    store = _received(files)
    for files_of_answer in store.evidence.values():
        assert len(files_of_answer) == len(set(files_of_answer))


def test_an_answer_only_restamped_is_not_a_change() -> None:
    store = Store()
    assert store.receive([StampedAnswer(Answer("a.one", 2), datetime(2026, 1, 1))]) == 1
    assert store.receive([StampedAnswer(Answer("a.one", 2), datetime(2026, 1, 5))]) == 0
    assert store.answers["a.one"].changed_at == datetime(2026, 1, 5)


def _file_version(answered_at: datetime | None, content: int) -> Version:
    """A participant's file: its hash covers its time, so a hash names one version."""
    digest = hashlib.sha256(f"{answered_at}/{content}".encode()).hexdigest()
    return Version.of(answered_at, digest)


versions = st.builds(_file_version, st.sampled_from(TIMES), st.integers(0, 3))


@given(st.lists(versions, min_size=1, max_size=6), st.randoms())
def test_the_latest_version_of_a_participant_wins_in_any_order(
    received: list[Version],
    rng: random.Random,
) -> None:
    def kept(order: list[Version]) -> Version | None:
        stored: Version | None = None
        for version in order:
            if participant_decision(stored, version) in (
                Reason.NEW_PARTICIPANT,
                Reason.NEWER_PARTICIPANT,
            ):
                stored = version
        return stored

    shuffled = list(received)
    rng.shuffle(shuffled)
    assert kept(received) == kept(shuffled) == max(received)


def test_the_same_file_again_is_named_as_such() -> None:
    version = Version.of(datetime(2026, 1, 1), "a" * 64)
    assert participant_decision(None, version) is Reason.NEW_PARTICIPANT
    assert participant_decision(version, version) is Reason.SAME_FILE
    older = Version.of(datetime(2025, 1, 1), "b" * 64)
    assert participant_decision(version, older) is Reason.OLDER
    assert participant_decision(older, version) is Reason.NEWER_PARTICIPANT


# -- files have roles: what is applied unasked, and what waits for acceptance


@dataclass
class Consensus:
    """A workshop's own answers on one computer, receiving whole-assessment files."""

    store: Store = field(default_factory=Store)
    exists: bool = False

    def receive(self, bundle: list[StampedAnswer], accept: bool) -> bool:
        """Apply a file as storage does; whether it was applied (False: waiting)."""
        plan = plan_own_answers(
            self.store.answers, self.store.evidence, bundle, new_assessment=not self.exists
        )
        self.exists = True
        if plan.needs_acceptance and not accept:
            return False
        for write in plan.merge.writes:
            if write.answer is not None:
                self.store.answers[write.indicator_id] = StampedAnswer(
                    write.answer, write.changed_at
                )
            files = self.store.evidence.setdefault(write.indicator_id, [])
            files.extend(item.sha256 for item in write.new_evidence)
        return True


@given(bundles, st.lists(bundles, max_size=5))
def test_no_consensus_is_changed_without_acceptance(
    first: list[StampedAnswer], later: list[list[StampedAnswer]]
) -> None:
    """The file that brings the assessment sets its consensus; no later file changes it
    (nor adds to it) unless the user accepts its changes."""
    here = Consensus()
    assert here.receive(first, accept=False)
    before = here.store.state()
    for bundle in later:
        applied = here.receive(bundle, accept=False)
        assert here.store.state() == before
        if applied:  # only a file that changes nothing goes through unasked
            merge = merge_own_answers(here.store.answers, here.store.evidence, bundle)
            assert not own_answer_changes(here.store.answers, merge)


@given(st.lists(bundles, min_size=1, max_size=5), st.randoms())
def test_accepted_files_give_the_same_consensus_in_any_order_once_or_twice(
    files: list[list[StampedAnswer]], rng: random.Random
) -> None:
    def received(order: list[list[StampedAnswer]]) -> Consensus:
        here = Consensus()
        for bundle in order:
            here.receive(bundle, accept=True)
        return here

    shuffled = list(files)
    rng.shuffle(shuffled)
    once = received(files)
    assert once.store.state() == received(shuffled).store.state() == _received(files).state()
    for bundle in files:  # twice: the second time changes nothing, and asks nothing
        assert not plan_own_answers(
            once.store.answers, once.store.evidence, bundle, new_assessment=False
        ).needs_acceptance


@given(bundles, bundles)
def test_the_changes_listed_are_exactly_what_acceptance_applies(
    first: list[StampedAnswer], second: list[StampedAnswer]
) -> None:
    """Nothing lost: every answer that acceptance replaces was listed, with its value."""
    here = Consensus()
    here.receive(first, accept=True)
    before = {key: value.answer for key, value in here.store.answers.items()}
    plan = plan_own_answers(here.store.answers, here.store.evidence, second, False)
    here.receive(second, accept=True)
    after = {key: value.answer for key, value in here.store.answers.items()}
    changed = {key for key in after if before.get(key) != after[key]}
    listed = {change.indicator_id for change in plan.changes if change.before != change.after}
    assert changed == listed
    for change in plan.changes:
        assert change.before == before.get(change.indicator_id)
        assert change.participant_uuid is None  # the consensus is nobody's


def test_only_a_participants_own_file_updates_their_answers_unasked() -> None:
    assert not participant_needs_acceptance(Reason.NEWER_PARTICIPANT, own_file=True)
    assert participant_needs_acceptance(Reason.NEWER_PARTICIPANT, own_file=False)
    assert not participant_needs_acceptance(Reason.NEW_PARTICIPANT, own_file=False)
    assert not participant_needs_acceptance(Reason.SAME_FILE, own_file=False)


@given(
    st.dictionaries(st.sampled_from(INDICATORS), answers(), max_size=3),
    st.lists(answers(), max_size=3),
)
def test_a_paper_form_changes_only_what_it_names(
    stored: dict[str, Answer], typed: list[Answer]
) -> None:
    stored = {key: replace(value, indicator_id=key) for key, value in stored.items()}
    after = typed_answers(stored, typed)
    named = {answer.indicator_id for answer in typed}
    for indicator, answer in stored.items():
        if indicator not in named:
            assert after[indicator] == answer
    changes = answer_changes("p", "Maria", stored, after)
    assert {c.indicator_id for c in changes} <= named
    assert all(c.before == stored[c.indicator_id] for c in changes)
