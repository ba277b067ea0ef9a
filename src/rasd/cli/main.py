"""The ``rasd`` command: a thin adapter over the library (errors converted here, exit codes 0/1/2)."""

from __future__ import annotations

import sys

import click

from rasd import __version__
from rasd.cli.common import EXIT_USAGE, setup_logging
from rasd.cli.evaluate import evaluate
from rasd.cli.extract import extract
from rasd.cli.tag import tag
from rasd.cli.train import train

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="rasd")
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors on stderr.")
def cli(verbose: int, quiet: bool) -> None:
    """rasd (رصد): Arabic news to structured data — who said what, who did what to whom, where and when."""
    setup_logging(verbose, quiet)


for command in (extract, tag, evaluate, train):
    cli.add_command(command)


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
