"""Corpus commands: ``rasd ingest`` into a store, then ``search``, ``statements``, ``events``, ``actors``,
``stats`` and ``export`` over it. ``--db`` names the store everywhere: a SQLite file (default
``rasd.db``, or $RASD_DB) or a ``postgresql://`` URL.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from rasd.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, date_option, report_error
from rasd.cli.tabular import format_option, write_rows

log = logging.getLogger("rasd.ingest")


def db_option(fn):
    return click.option("--db", default="rasd.db", envvar="RASD_DB", show_default=True, metavar="PATH|URL",
                        help="The corpus store: a SQLite file or a postgresql:// URL (also $RASD_DB).")(fn)


def _dates(fn):
    fn = click.option("--until", callback=lambda c, p, v: date_option(v), metavar="YYYY-MM-DD",
                      help="Only up to this date (inclusive).")(fn)
    return click.option("--since", callback=lambda c, p, v: date_option(v), metavar="YYYY-MM-DD",
                        help="Only from this date (inclusive).")(fn)


def _limit(default: int):
    return click.option("--limit", type=click.IntRange(min=0), default=default, show_default=True,
                        help="At most this many rows (0: all).")


def _open(db: str, create: bool = False):
    from rasd.store import is_postgres_url, open_store

    if not create and not is_postgres_url(db) and not Path(db.removeprefix("sqlite:///")).exists():
        raise click.ClickException(f"no corpus at {db} (create one with `rasd ingest FILE... --db {db}`)")
    try:
        return open_store(db)
    except click.ClickException:
        raise
    except Exception as exc:
        err = click.ClickException(f"cannot open the corpus store {db}: {exc}")
        err.exit_code = EXIT_USAGE
        raise err from None


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="FILE|DIR...")
@db_option
@click.option("--workers", type=click.IntRange(min=0), default=0,
              help="Extraction processes (default 0: one per CPU; 1: everything in this process).")
@click.option("--commit-every", type=click.IntRange(min=1), default=16, show_default=True, metavar="N",
              help="Commit after N documents or one second, whichever comes first (each document still written whole or not at all; a crash loses at most the uncommitted batch, which a re-run writes again); 1 commits each one.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: only when standard error is a terminal).")
def ingest(inputs: tuple[str, ...], db: str, workers: int, commit_every: int, progress: bool | None) -> None:
    """Extract every article of the inputs and store the documents and what was found in them.

    Folders are read recursively. A document whose text is already stored is counted as a
    duplicate and not processed again, so re-running an ingest (or resuming one that was killed)
    adds nothing twice. Each failed input is reported on stderr; a summary of what was read,
    ingested, duplicated, skipped and failed ends the run. Exit code 1 when any input failed.
    """
    from rasd.store.ingest import Ingest, format_summary
    from rasd.store.progress import progress_bar

    store = _open(db, create=True)
    show = sys.stderr.isatty() if progress is None else progress
    with progress_bar(show) as (tick, echo):
        def listen(kind: str, origin: str, reason: str) -> None:
            if kind == "failed":
                echo(f"rasd: error: {origin}: {reason}")
            else:
                log.info("skipped %s: %s", origin, reason)

        run = Ingest(store, workers=workers or (os.cpu_count() or 1), listener=listen, tick=tick,
                     commit_every=commit_every)
        report = run.run(list(inputs))
    store.close()
    click.echo(f"rasd ingest: {format_summary(report)}", err=True)
    sys.exit(EXIT_SOME_FAILED if report.failed_total else EXIT_OK)


@click.command()
@click.argument("query")
@db_option
@_dates
@_limit(20)
@format_option
@click.option("--semantic", is_flag=True,
              help="Search by meaning, in any language, in the index `rasd embed` builds (needs rasd[semantic]).")
@click.option("--kind", type=click.Choice(["sentences", "statements"]), default=None,
              help="With --semantic: search sentences (default) or statements (speaker and content).")
def search(query: str, db: str, since, until, limit: int, fmt: str, semantic: bool, kind: str | None) -> None:
    """Sentences that contain every word of QUERY (and every "quoted phrase"), best first.

    Spelling variants are found: diacritics, alef forms, ى/ي, ة/ه and the endings of سورية/سوريا are
    folded, and words are matched with or without their clitics (و, ب, ل, ال ...).

    With --semantic, the sentences (or, with --kind statements, the statements) nearest in meaning
    to QUERY, nearest first, with their cosine distance; QUERY may be English or any other language
    of the model ("minister condemned the bombing of the hospital" finds Arabic statements). --limit
    is then at most 4096.
    """
    if kind and not semantic:
        raise click.UsageError("--kind needs --semantic (a word search always searches sentences)")
    store = _open(db)
    try:
        if semantic:
            rows = _semantic_rows(store, query, kind or "sentences", limit, since, until)
        else:
            rows = store.search(query, limit=limit or None, since=since, until=until)
    finally:
        store.close()
    write_rows(rows, fmt)


def _semantic_rows(store, query: str, kind: str, limit: int, since, until) -> list[dict]:
    from rasd.semantic import SemanticError
    from rasd.semantic.search import semantic_search

    try:
        return semantic_search(store, query, kind=kind, limit=limit or None, since=since, until=until)
    except SemanticError as exc:
        err = click.ClickException(str(exc))
        err.exit_code = EXIT_USAGE
        raise err from None


@click.command()
@db_option
@click.option("--speaker", metavar="NAME", help="Said by this actor (Arabic or English name, or code prefix).")
@click.option("--about", metavar="NAME", help="Content mentions this name or actor.")
@_dates
@_limit(50)
@format_option
def statements(db: str, speaker, about, since, until, limit: int, fmt: str) -> None:
    """Reported statements: who said what, when."""
    store = _open(db)
    write_rows(store.statements(speaker=speaker, about=about, since=since, until=until, limit=limit), fmt)
    store.close()


@click.command()
@db_option
@click.option("--type", "etype", metavar="T", help="PLOVER event type, e.g. ASSAULT, CONSULT.")
@click.option("--source", metavar="CODE|NAME", help="An actor among the sources (code prefix or name).")
@click.option("--target", metavar="CODE|NAME", help="An actor among the targets (code prefix or name).")
@click.option("--place", metavar="NAME", help="Place name (Arabic or English), country code or GeoNames id.")
@_dates
@_limit(50)
@format_option
def events(db: str, etype, source, target, place, since, until, limit: int, fmt: str) -> None:
    """Events: who did what to whom, where and when."""
    store = _open(db)
    rows = store.events(type=etype, source=source, target=target, place=place, since=since, until=until, limit=limit)
    write_rows(rows, fmt)
    store.close()


@click.command()
@db_option
@click.option("--country", metavar="ISO3", help="Country code of the actor, e.g. LBN.")
@click.option("--sector", metavar="SECTOR", help="Sector code, e.g. GOV, MIL.")
@click.option("--name", metavar="NAME", help="Name contains this (Arabic or English), or code prefix.")
@_limit(50)
@format_option
def actors(db: str, country, sector, name, limit: int, fmt: str) -> None:
    """Corpus actors (one per dictionary actor, or per name and country), most documents first."""
    store = _open(db)
    write_rows(store.actors(country=country, sector=sector, name=name, limit=limit), fmt)
    store.close()


@click.command()
@db_option
@click.option("--top", type=click.IntRange(min=1), default=50, show_default=True, help="How many dyads to list.")
@format_option
def stats(db: str, top: int, fmt: str) -> None:
    """Counts: rows per table, documents/statements/events per day, events per type, top dyads."""
    store = _open(db)
    write_rows(store.stats(top=top), fmt)
    store.close()


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet", "documents", "plover", "gdelt"]),
              required=True, help="jsonl/csv/parquet: one file per table in the folder --out; documents: "
              "document JSON lines; plover: PLOVER JSON lines; gdelt: GDELT-style TSV.")
@click.option("--out", "out", required=True, metavar="PATH",
              help="Folder (jsonl, csv, parquet) or file (documents, plover, gdelt; - for standard output).")
def export(db: str, fmt: str, out: str) -> None:
    """Export the corpus: documents, actors, statements, events (and places, entities) tables."""
    from rasd.store.export import TABLE_FORMATS, ExportError, export_file, export_tables

    store = _open(db)
    try:
        if fmt in TABLE_FORMATS:
            counts = export_tables(store, Path(out), fmt)
            click.echo("rasd export: " + ", ".join(f"{t} {n}" for t, n in counts.items()) + f" rows in {out}", err=True)
        else:
            with click.open_file(out, "w", encoding="utf-8") as fh:
                n = export_file(store, fh, fmt)
            click.echo(f"rasd export: {n} lines to {out}", err=True)
    except ExportError as exc:
        report_error("export", str(exc))
        sys.exit(EXIT_SOME_FAILED)
    finally:
        store.close()


COMMANDS = [ingest, search, statements, events, actors, stats, export]
