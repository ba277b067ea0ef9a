"""The ingest progress bar (rich, on a terminal only): documents, documents/s and time left.

Progress is measured in input bytes read (known before the run starts, unlike the number of
documents in a WARC or a JSONL file), so the time left is an estimate that firms up as files pass.
"""

from __future__ import annotations

from contextlib import contextmanager

from rasd.store.ingest import IngestReport


@contextmanager
def progress_bar(enabled: bool):
    """Yields ``(tick, echo)``: ``tick(report)`` updates the bar, ``echo(line)`` prints above it."""
    import click

    if not enabled:
        yield (lambda report: None), (lambda line: click.echo(line, err=True))
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("ingest"), BarColumn(), TextColumn("{task.percentage:>3.0f}%"),
        TextColumn("{task.fields[docs]} documents, {task.fields[rate]} documents/s"),
        TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
        console=console, transient=True,
    )
    task = progress.add_task("ingest", total=None, docs=0, rate="0.0")

    def tick(report: IngestReport) -> None:
        progress.update(task, total=report.bytes_total or None, completed=report.bytes_done,
                        docs=report.done, rate=f"{report.rate():.1f}")

    with progress:
        yield tick, (lambda line: console.print(line, markup=False, highlight=False))
