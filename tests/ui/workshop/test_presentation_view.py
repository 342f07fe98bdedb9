"""The presentation mode's type: large on a projector, larger on a taller screen."""

from __future__ import annotations

import pytest

from sseassess.ui.workshop.presentation_view import PRESENTATION_SCALE, presentation_scale


def test_presentation_type_grows_with_the_screen() -> None:
    assert presentation_scale(768) == PRESENTATION_SCALE
    assert presentation_scale(1080) == pytest.approx(PRESENTATION_SCALE * 1.35)
    assert presentation_scale(4000) == PRESENTATION_SCALE * 2
