"""``rasd tag``: CoNLL tokens in, ``token<TAB>tag`` out (BIO over PER/LOC/ORG/MISC)."""

from __future__ import annotations

import sys

import click

from rasd.cli.common import EXIT_OK, EXIT_SOME_FAILED, report_error
from rasd.io.conll import read_conll_sentences


@click.command()
@click.argument("input_file", default="-", metavar="[FILE|-]")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
def tag(input_file: str, output) -> None:
    """Tag CoNLL tokens with named-entity BIO tags (PER, LOC, ORG, MISC).

    Input: one token per line (first column; other columns are ignored), a blank line between
    sentences. Output: the same tokens in the same order, each as token<TAB>tag.
    """
    from rasd.resourceset import default_resources

    try:
        sentences = read_conll_sentences(input_file)
    except Exception as exc:  # converted to the one-line error at the edge
        report_error(input_file, getattr(exc, "reason", str(exc)))
        sys.exit(EXIT_SOME_FAILED)
    tagger = default_resources().ner_tagger
    for words in sentences:
        tags = tagger.tag(words) if tagger is not None and words else ["O"] * len(words)
        for w, t in zip(words, tags):
            output.write(f"{w}\t{t}\n")
        output.write("\n")
    sys.exit(EXIT_OK)
COMMANDS = [tag]
