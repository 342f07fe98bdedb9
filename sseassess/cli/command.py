"""A command declared once (words, help, arguments, handler) and the workspace it opens."""

from __future__ import annotations

#: typing.TYPE_CHECKING without importing typing, so that --version starts fast.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Iterable

    from sseassess.app.workspace import Workspace
    from sseassess.cli.output import Output

    #: The translation of a help text (the output's gettext).
    Translate = Callable[[str], str]
    #: Adds a command's arguments to its parser, their help translated with the function.
    Arguments = Callable[[argparse.ArgumentParser, Translate], None]
    #: What a command does with its parsed options; returns the exit code.
    Handler = Callable[[argparse.Namespace, Output], int]
    Subcommands = argparse._SubParsersAction[argparse.ArgumentParser]


def N_(message: str) -> str:
    """Mark a help text for the gettext catalog; it is translated when the parser is built.
    (``domain.text.N_`` is the same, but importing it would slow every start.)"""
    return message


class Group:
    """A command word with actions under it: ``bundle`` of ``bundle export``."""

    __slots__ = ("help", "name")

    def __init__(self, name: str, help: str) -> None:
        self.name = name
        self.help = help


class Command:
    """One command: the words that call it, its help, its arguments and its handler."""

    __slots__ = ("arguments", "description", "group", "handler", "help", "name")

    def __init__(
        self,
        name: str,
        help: str,
        arguments: Arguments,
        handler: Handler,
        group: Group | None = None,
        description: str | None = None,
    ) -> None:
        self.name = name
        self.help = help
        self.arguments = arguments
        self.handler = handler
        self.group = group
        self.description = description

    @property
    def words(self) -> tuple[str, ...]:
        """What the user types: ``("bundle", "export")``, ``("verify",)``."""
        return (self.name,) if self.group is None else (self.group.name, self.name)


def command(
    name: str,
    *,
    help: str,
    arguments: Arguments,
    group: Group | None = None,
    description: str | None = None,
) -> Callable[[Handler], Command]:
    """Declare the decorated handler as the command ``[group] name``; ``help`` and
    ``description`` are English, marked with :func:`N_`."""

    def declare(handler: Handler) -> Command:
        return Command(name, help, arguments, handler, group, description)

    return declare


def add_commands(
    subcommands: Subcommands,
    commands: Iterable[Command],
    common: argparse.ArgumentParser,
    _: Translate,
) -> None:
    """A parser for each command, in order; a group's parser comes with its first action.
    The handler is the parsed options' ``handler``."""
    groups: dict[str, Subcommands] = {}
    for declared in commands:
        parent = subcommands
        group = declared.group
        if group is not None:
            if group.name not in groups:
                group_parser = subcommands.add_parser(
                    group.name, help=_(group.help), parents=[common]
                )
                groups[group.name] = group_parser.add_subparsers(
                    dest="action", metavar="ACTION", required=True
                )
            parent = groups[group.name]
        parser = parent.add_parser(
            declared.name,
            help=_(declared.help),
            description=_(declared.description) if declared.description else None,
            parents=[common],
        )
        declared.arguments(parser, _)
        parser.set_defaults(handler=declared.handler)


def open_workspace(options: argparse.Namespace, *, may_create: bool = False) -> Workspace:
    """The workspace of ``--db``. Unless the command ``may_create`` a database, a database
    the user named (--db or SSEASSESS_DATABASE_URL) must exist: it is likely mistyped."""
    from sseassess.app.startup import database_was_named
    from sseassess.app.workspace import Workspace

    named = database_was_named(options.db)
    return Workspace.open(options.db, create=may_create or not named)
