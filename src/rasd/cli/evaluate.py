"""``rasd eval ...``: scoring against gold files; each scorer lives in ``rasd.evaluation``."""

from __future__ import annotations

import importlib
import sys

import click

from rasd.cli.common import EXIT_USAGE

_SCORERS = {
    "clitics": ("rasd.evaluation.clitics", "Clitic segmentation accuracy on UD Arabic treebanks."),
    "ner": ("rasd.evaluation.ner", "conlleval-style P/R/F1 of `rasd tag` on a CoNLL gold file."),
    "statements": ("rasd.evaluation.statements", "Cue, speaker, content and direct scores on a statements gold file."),
    "geo": ("rasd.evaluation.geo", "Geocoding accuracy (GeoNames id, country) on a places gold file."),
    "dates": ("rasd.evaluation.dates", "Exact-value accuracy of resolved dates on a dates gold file."),
    "events": ("rasd.evaluation.events", "Event detection and argument scores on event gold files."),
}


def _make(name: str, module: str, help_text: str) -> click.Command:
    @click.command(name=name, help=help_text + "\n\nOptions are those of the scorer; see --help.",
                   context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
    @click.argument("args", nargs=-1, type=click.UNPROCESSED)
    def command(args: tuple[str, ...]) -> None:
        try:
            mod = importlib.import_module(module)
        except ImportError as exc:
            click.echo(f"rasd: error: scorer {name} is not available ({exc})", err=True)
            sys.exit(EXIT_USAGE)
        sys.exit(mod.main(list(args)) or 0)

    return command


@click.group(name="eval")
def evaluate() -> None:
    """Score rasd against gold data (clitics, ner, ...)."""


for _name, (_module, _help) in _SCORERS.items():
    evaluate.add_command(_make(_name, _module, _help))
COMMANDS = [evaluate]
