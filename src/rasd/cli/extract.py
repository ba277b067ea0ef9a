"""``rasd extract``: articles in, documents out."""

from __future__ import annotations

import json
import sys

import click

from rasd.cli.common import EXIT_OK, EXIT_SOME_FAILED, date_option, report_error
from rasd.io.readers import FORMATS, ReadOptions, read_inputs


@click.command()
@click.argument("inputs", nargs=-1, metavar="[FILE|-]...")
@click.option("--date", "pub_date", callback=lambda c, p, v: date_option(v), metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none (relative dates resolve against it).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "pretty", "plover", "gdelt"]), default="jsonl",
              show_default=True,
              help="jsonl: one document per line; json: one JSON array; pretty: a readable summary; "
              "plover: one PLOVER event record per line; gdelt: a tab-separated GDELT 2.0 event table.")
@click.option("--input-format", type=click.Choice(FORMATS), default="auto", show_default=True,
              help="Force plain text or JSONL records {id, text, date, title, source, url}.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@click.option("--source", default=None, help="Source name recorded for inputs that carry none.")
def extract(inputs: tuple[str, ...], pub_date: str | None, fmt: str, input_format: str, output, source: str | None) -> None:
    """Extract entities, actors, statements, events, places and dates from Arabic articles.

    Reads plain-text files (one article each, optional front matter) or JSONL records; with no FILE,
    or with -, reads standard input. Bad inputs are reported on stderr and the rest are processed;
    the exit code is 1 when any input failed.
    """
    from rasd.io.summary import summarize
    from rasd.pipeline import build_pipeline

    pipeline = build_pipeline()
    opts = ReadOptions(input_format=input_format, default_date=pub_date, source=source)
    failed = 0
    first = True
    if fmt == "json":
        output.write("[")
    if fmt == "gdelt":
        from rasd.exports.gdelt import GDELT_COLUMNS

        output.write("\t".join(GDELT_COLUMNS) + "\n")
    for outcome in pipeline.run(read_inputs(inputs or ("-",), opts)):
        if not outcome.ok:
            failed += 1
            report_error(outcome.source, outcome.error or "failed")
            continue
        doc = outcome.document
        if fmt == "pretty":
            output.write(summarize(doc))
        elif fmt == "json":
            output.write(("" if first else ",") + "\n" + json.dumps(doc.to_json(), ensure_ascii=False, indent=1))
        elif fmt == "plover":
            from rasd.exports.plover import plover_records

            for record in plover_records(doc.to_json()):
                output.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif fmt == "gdelt":
            from rasd.exports.gdelt import gdelt_rows

            for row in gdelt_rows(doc.to_json()):
                output.write("\t".join(_tsv_cell(v) for v in row) + "\n")
        else:
            output.write(json.dumps(doc.to_json(), ensure_ascii=False) + "\n")
        first = False
        output.flush()
    if fmt == "json":
        output.write("\n]\n")
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)
def _tsv_cell(value) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


COMMANDS = [extract]
