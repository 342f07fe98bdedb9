"""``sseassess score``: an assessment's scores, band and certificate eligibility."""

from __future__ import annotations

from sseassess.cli.command import N_, command, open_workspace
from sseassess.cli.output import EXIT_OK, print_json

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output
    from sseassess.domain.framework import Framework
    from sseassess.domain.scoring import ScoreResult


def _score_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("assessment", metavar="ASSESSMENT", help=_("assessment id"))
    parser.add_argument("--json", action="store_true", help=_("machine-readable output"))


@command("score", help=N_("the result of an assessment"), arguments=_score_arguments)
def score(options: argparse.Namespace, out: Output) -> int:
    with open_workspace(options) as workspace:
        record, framework, result = workspace.result(options.assessment)
    if options.json:
        print_json(_score_json(record.uuid, framework, result, out.language))
    else:
        _print_score(result, out)
    return EXIT_OK


def _score_json(
    uuid: str, framework: Framework, result: ScoreResult, language: str
) -> dict[str, Any]:
    from sseassess.domain.verification import rounded

    return {
        "assessment": uuid,
        "framework": {
            "id": framework.id,
            "version": framework.version,
            "content_hash": framework.content_hash,
        },
        "overall": rounded(result.overall),
        "band": result.band.id if result.band else None,
        "band_name": result.band.name.get(language) if result.band else None,
        "overall_minimum": result.overall_minimum,
        "completeness": round(result.completeness, 4),
        "complete": result.complete,
        "eligible": result.eligible,
        "missing_essentials": [indicator.id for indicator in result.missing_essentials],
        "characteristics": [
            {
                "id": item.characteristic.id,
                "name": item.characteristic.name.get(language),
                "score": rounded(item.score),
                "minimum": item.minimum,
                "below_minimum": item.below_minimum,
                "answered": item.answered,
                "not_applicable": item.not_applicable,
                "total": item.total,
            }
            for item in result.characteristics
        ],
        "strengths": [finding.indicator.id for finding in result.strengths],
        "improvements": [finding.indicator.id for finding in result.improvements],
    }


def _print_score(result: ScoreResult, out: Output) -> None:
    from sseassess.i18n import format_percent, format_score

    _ = out.gettext
    language = out.language
    band = result.band.name.get(language) if result.band else "–"
    out.line(
        _("Overall score: {score} / 100 ({band})").format(
            score=format_score(result.overall, language), band=band
        )
    )
    out.line(_("Answered: {share}").format(share=format_percent(result.completeness, language)))
    out.line()
    for item in result.characteristics:
        mark = (
            "  " + _("below minimum {minimum}").format(minimum=format_score(item.minimum, language))
            if item.below_minimum
            else ""
        )
        out.line(
            f"  {format_score(item.score, language):>5}  "
            f"{item.characteristic.name.get(language)}{mark}"
        )
    out.line()
    if result.eligible:
        out.line(_("A certificate can be issued."))
        return
    out.line(_("No certificate yet, because:"))
    if not result.complete:
        out.line(
            "  - "
            + _("not every indicator is answered ({share} answered)").format(
                share=format_percent(result.completeness, language)
            )
        )
    if not result.overall_met:
        out.line(
            "  - "
            + _("the overall score is under {minimum}").format(
                minimum=format_score(result.overall_minimum, language)
            )
        )
    for item in result.below_minimum:
        out.line(
            "  - "
            + _("{name} is under its minimum of {minimum}").format(
                name=item.characteristic.name.get(language),
                minimum=format_score(item.minimum, language),
            )
        )
    for indicator in result.missing_essentials:
        out.line(
            "  - "
            + _("essential criterion not met: {question} (level {level} required)").format(
                question=indicator.question.get(language), level=indicator.minimum_level
            )
        )


COMMANDS = (score,)
