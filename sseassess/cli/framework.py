"""``sseassess framework validate|show``: check a framework file, show a framework."""

from __future__ import annotations

from pathlib import Path

from sseassess.cli.command import N_, Group, command
from sseassess.cli.output import EXIT_OK, print_json

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from typing import Any

    from sseassess.cli.command import Translate
    from sseassess.cli.output import Output
    from sseassess.domain.framework import Framework

FRAMEWORK = Group("framework", help=N_("check or show an assessment framework"))


def _validate_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("file", type=Path, metavar="FILE")


@command(
    "validate",
    group=FRAMEWORK,
    help=N_("report every problem in a framework file"),
    arguments=_validate_arguments,
)
def validate(options: argparse.Namespace, out: Output) -> int:
    from sseassess.domain.framework_loader import load_framework_file

    framework = load_framework_file(options.file)
    _ = out.gettext
    for warning in framework.warnings:  # a translation under way: the file still loads
        out.warning(
            _("{file}: {location}: warning: {message}").format(
                file=options.file, location=warning.location, message=warning.message(_)
            )
        )
    out.line(
        _(
            "{file}: valid — {name} {version}, {characteristics} characteristics, "
            "{indicators} indicators"
        ).format(
            file=options.file,
            name=framework.id,
            version=framework.version,
            characteristics=len(framework.characteristics),
            indicators=framework.indicator_count,
        )
    )
    return EXIT_OK


def _show_arguments(parser: argparse.ArgumentParser, _: Translate) -> None:
    parser.add_argument("--json", action="store_true", help=_("machine-readable output"))
    parser.add_argument(
        "--file", type=Path, metavar="FILE", help=_("a framework file (default: the ICSSE charter)")
    )


@command(
    "show",
    group=FRAMEWORK,
    help=N_("list characteristics and indicators"),
    arguments=_show_arguments,
)
def show(options: argparse.Namespace, out: Output) -> int:
    from sseassess.app.frameworks import builtin_framework
    from sseassess.domain.framework_loader import load_framework_file

    framework = load_framework_file(options.file) if options.file else builtin_framework()[0]
    language = out.language
    if options.json:
        print_json(_framework_json(framework, language))
        return EXIT_OK
    _ = out.gettext
    out.line(f"{framework.name.get(language)} ({framework.id} {framework.version})")
    for number, characteristic in enumerate(framework.characteristics, start=1):
        out.line()
        out.line(f"{number}. {characteristic.name.get(language)}  [{characteristic.id}]")
        for indicator in characteristic.indicators:
            flags = []
            if indicator.essential:
                flags.append(
                    _("essential, minimum level {level}").format(level=indicator.minimum_level)
                )
            if indicator.na_allowed:
                flags.append(_("N/A allowed"))
            suffix = f"  ({'; '.join(flags)})" if flags else ""
            out.line(f"   - {indicator.id}: {indicator.question.get(language)}{suffix}")
    return EXIT_OK


def _framework_json(framework: Framework, language: str) -> dict[str, Any]:
    return {
        "id": framework.id,
        "version": framework.version,
        "name": framework.name.get(language),
        "content_hash": framework.content_hash,
        "language": language,
        "scoring": {
            "overall_minimum": framework.scoring.overall_minimum,
            "characteristic_minimum": framework.scoring.characteristic_minimum,
            "completeness_required": framework.scoring.completeness_required,
            "bands": [
                {"id": band.id, "minimum": band.minimum, "name": band.name.get(language)}
                for band in framework.scoring.bands
            ],
        },
        "characteristics": [
            {
                "id": characteristic.id,
                "name": characteristic.name.get(language),
                "weight": characteristic.weight,
                "minimum": framework.characteristic_minimum(characteristic),
                "indicators": [
                    {
                        "id": indicator.id,
                        "question": indicator.question.get(language),
                        "help": indicator.help.get(language),
                        "levels": list(indicator.levels.get(language)),
                        "weight": indicator.weight,
                        "essential": indicator.essential,
                        "minimum_level": indicator.minimum_level,
                        "na_allowed": indicator.na_allowed,
                        "actions": list(indicator.actions.get(language)),
                    }
                    for indicator in characteristic.indicators
                ],
            }
            for characteristic in framework.characteristics
        ],
    }


COMMANDS = (validate, show)
