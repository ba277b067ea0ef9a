"""Shared pieces of the command-line adapter: logging on stderr, error lines, exit codes."""

from __future__ import annotations

import logging
import sys

import click

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2


def setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, stream=sys.stderr, format="rasd: %(levelname)s: %(message)s")


def report_error(source: str, reason: str) -> None:
    """One line on stderr naming the input and the reason."""
    click.echo(f"rasd: error: {source}: {reason}", err=True)


def date_option(value: str | None) -> str | None:
    from rasd.io.readers import valid_date

    if value is None:
        return None
    checked = valid_date(value)
    if checked is None:
        raise click.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD")
    return checked
