"""The ``rasd`` command: a thin adapter over the library (errors converted here, exit codes 0/1/2)."""

from __future__ import annotations

import importlib
import pkgutil
import sys

import click

import rasd.cli
from rasd import __version__
from rasd.cli.common import EXIT_USAGE, setup_logging

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="rasd")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def cli(verbose: int, quiet: bool) -> None:
    """rasd (رصد): Arabic news to structured data — who said what, who did what to whom, where and when."""
    setup_logging(verbose, quiet)


def _register_commands() -> None:
    """Every module of ``rasd.cli`` that defines ``COMMANDS`` contributes its commands.

    Command modules keep heavy imports (web frameworks, Spark, databases) inside the command
    functions, so that start-up of a light command stays light.
    """
    for info in pkgutil.iter_modules(rasd.cli.__path__):
        module = importlib.import_module(f"rasd.cli.{info.name}")
        for command in getattr(module, "COMMANDS", ()):
            cli.add_command(command)


_register_commands()


def main(argv: list[str] | None = None) -> int:
    try:
        cli.main(args=argv, prog_name="rasd", standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
        if code is None:
            return 0
        return code if isinstance(code, int) else EXIT_USAGE
    return 0


if __name__ == "__main__":
    sys.exit(main())
