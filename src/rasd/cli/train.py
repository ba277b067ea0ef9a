"""``rasd train ...``: rebuild the shipped models and count tables from ../shared/data."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rasd.cli.common import EXIT_USAGE
from rasd.resources_io import RESOURCE_ROOT


@click.group()
def train() -> None:
    """Rebuild rasd's data-derived resources (word counts, NER model, event report model)."""


@train.command()
@click.option("--data", type=click.Path(path_type=Path), default=Path("../shared/data"), show_default=True,
              help="The shared data folder.")
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="Where to write the count table [default: the packaged resources/text/wordforms.tsv].")
@click.option("--min-count", type=int, default=2, show_default=True)
def lexicon(data: Path, out: Path | None, min_count: int) -> None:
    """Count word forms in the corpora for clitic segmentation."""
    from rasd.train.lexicon import count_forms, write_counts

    if not data.is_dir():
        click.echo(f"rasd: error: {data}: data folder not found", err=True)
        sys.exit(EXIT_USAGE)
    out = out or RESOURCE_ROOT / "text" / "wordforms.tsv"
    n = write_counts(count_forms(data), out, min_count=min_count)
    click.echo(f"wrote {n} forms to {out}", err=True)


@train.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def ner(args: tuple[str, ...]) -> None:
    """Train the CRF named-entity model (options: see --help)."""
    try:
        from rasd.train import ner as ner_training
    except ImportError as exc:
        click.echo(f"rasd: error: NER training is not available ({exc})", err=True)
        sys.exit(EXIT_USAGE)
    sys.exit(ner_training.main(list(args)) or 0)
@train.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def events(args: tuple[str, ...]) -> None:
    """Train the event report model on the GSR development half (options: see --help)."""
    from rasd.train import events as event_training

    sys.exit(event_training.main(list(args)) or 0)


COMMANDS = [train]
