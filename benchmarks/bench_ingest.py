"""Ingest benchmark: documents/s with 1 and 2 worker processes, and the store's write overhead.

    python benchmarks/bench_ingest.py                 # a 2,000-article generated corpus
    python benchmarks/bench_ingest.py --full          # the 20,000-article corpus of the issue
    python benchmarks/bench_ingest.py --corpus DIR    # an existing folder (make_corpus.py output)

The corpus comes from benchmarks/make_corpus.py (mixed JSONL, CSV, HTML, RSS, WARC.gz, text and
damaged inputs). Each run ingests into a fresh SQLite file (or ``--db-url`` PostgreSQL database,
emptied first). Resources are loaded once before timing, as a long-running ingest amortises them.

Write overhead = CPU time of the writer (all INSERTs and commits, in the parent) / CPU time of
extraction (pipeline and rows, in the workers); CPU time rather than wall time, so that the share
does not depend on what else the machine runs. The wall-clock share is printed too. The issue asks
for 2 workers >= 1.7x 1 worker and write overhead <= 15%.

"1 worker" runs everything in this one process: reading, extraction and writing take turns on one
core, and no worker process exists (nothing runs in parallel with it, so the baseline is not
inflated by a second core). "2 workers" is two forked worker processes plus this process, which
reads the light inputs (JSONL, CSV, text) and is the single writer.

Wall-clock speed-up needs an otherwise idle machine with at least 2 CPUs. Because a busy machine
distorts it, the CPU-bound estimate is printed beside it: the 1-worker run's CPU time divided by
the least wall time 2 workers can take on 2 CPUs given the CPU time of the parent (reading light
inputs, writing) and of the workers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def make_corpus(out: Path, docs: int, big_mb: int) -> Path:
    cmd = [sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(out), "--docs", str(docs),
           "--big-mb", str(big_mb)]
    subprocess.run(cmd, check=True)
    return out / "corpus"


def read_only(corpus: Path) -> tuple[float, int]:
    from rasd.store.inputs import expand_paths, iter_items

    t0 = time.perf_counter()
    n = sum(1 for f in expand_paths([str(corpus)]) for _ in iter_items([f]))
    return time.perf_counter() - t0, n


def fresh_store(workdir: Path, label: str, db_url: str | None):
    from rasd.store import open_store

    if not db_url:
        return open_store(str(workdir / f"{label}.db"))
    import psycopg

    with psycopg.connect(db_url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return open_store(db_url)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _print_run(r: dict) -> None:
    print(f"{r['workers']} worker(s): {r['docs_per_s']:.1f} documents/s ({r['ingested']} ingested in "
          f"{r['wall_s']:.1f} s; {r['skipped']} skipped, {r['failed']} failed; writing {r['write_s']:.2f} s; "
          f"CPU s: parent {r['parent_cpu_s']}, worker processes {r['children_cpu_s']}, tasks {r['worker_cpu_s']}, "
          f"extraction {r['extract_cpu_s']}, writer {r['write_cpu_s']}; load average {r['load_average']})", flush=True)


def run(corpus: Path, workers: int, workdir: Path, db_url: str | None, commit_every: int, attempt: int = 0) -> dict:
    from rasd.store.ingest import Ingest

    store = fresh_store(workdir, f"w{workers}-{attempt}", db_url)
    before, kids_before = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    report = Ingest(store, workers=workers, commit_every=commit_every).run([str(corpus)])
    parent_cpu, children_cpu = _cpu(resource.RUSAGE_SELF) - before, _cpu(resource.RUSAGE_CHILDREN) - kids_before
    store.close()
    return {
        "parent_cpu_s": round(parent_cpu, 2), "children_cpu_s": round(children_cpu, 2),
        "worker_cpu_s": round(report.worker_cpu, 2),
        "extract_cpu_s": round(report.extract_cpu, 2), "write_cpu_s": round(report.write_cpu, 3),
        "workers": workers, "read": report.read, "ingested": report.ingested, "duplicates": report.duplicates,
        "skipped": report.skipped_total, "failed": report.failed_total, "wall_s": round(report.wall_seconds, 2),
        "write_s": round(report.write_seconds, 3), "docs_per_s": round(report.ingested / report.wall_seconds, 1),
        "load_average": round(os.getloadavg()[0], 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="articles in the generated corpus (default 2000)")
    ap.add_argument("--full", action="store_true", help="the issue's 20,000-article corpus with a 50 MB file")
    ap.add_argument("--corpus", type=Path, help="use this corpus folder instead of generating one")
    ap.add_argument("--db-url", help="benchmark this PostgreSQL database (it is emptied!) instead of SQLite")
    ap.add_argument("--commit-every", type=int, default=16, help="documents per commit (as rasd ingest; default 16)")
    ap.add_argument("--repeat", type=int, default=1, help="runs of each worker count, the fastest kept (default 1)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    docs, big = (20000, 50) if args.full else (args.docs, 9)

    from rasd.store.ingest import warm_up

    with tempfile.TemporaryDirectory(prefix="rasd-bench-ingest-") as tmp:
        workdir = Path(tmp)
        corpus = args.corpus or make_corpus(workdir / "gen", docs, big)
        t0 = time.perf_counter()
        warm_up()
        print(f"resources load: {time.perf_counter() - t0:.1f} s", flush=True)
        read_s, items = read_only(corpus)
        print(f"corpus: {corpus} ({items} input items); reading alone: {read_s:.1f} s", flush=True)
        best: dict[int, dict] = {}
        # 1 and 2 workers alternate, so that both see the same changes in the machine's load; the
        # fastest run of each is kept (other load only ever slows a run down).
        for attempt in range(max(1, args.repeat)):
            for workers in (1, 2):
                r = run(corpus, workers, workdir, args.db_url, args.commit_every, attempt)
                if workers not in best or r["wall_s"] < best[workers]["wall_s"]:
                    best[workers] = r
                _print_run(r)
        results = [best[1], best[2]]
        one, two = results
        extraction_wall = max(one["wall_s"] - one["write_s"] - read_s, 1e-9)
        # With 1 worker everything runs in this process, so its CPU time is the whole job's. With 2,
        # the worker processes' whole CPU time (RUSAGE_CHILDREN: tasks, pickling, start and exit).
        workers_cpu = max(two["children_cpu_s"], two["worker_cpu_s"])
        least_two = max(two["parent_cpu_s"], workers_cpu / 2, (two["parent_cpu_s"] + workers_cpu) / 2)
        summary = {
            "corpus_items": items, "cpus": os.cpu_count(), "read_s": round(read_s, 2), "runs": results,
            "speedup_2_vs_1": round(one["wall_s"] / two["wall_s"], 2),
            "speedup_2_vs_1_cpu_bound": round(one["parent_cpu_s"] / least_two, 2),
            "write_overhead": round(one["write_cpu_s"] / max(one["extract_cpu_s"], 1e-9), 4),
            "write_overhead_wall": round(one["write_s"] / extraction_wall, 4),
            "load_average": round(os.getloadavg()[0], 1),
            "store": "postgresql" if args.db_url else "sqlite", "commit_every": args.commit_every,
        }
    print(f"2 workers vs 1: {summary['speedup_2_vs_1']:.2f}x wall clock, fastest of {max(1, args.repeat)} run(s) each "
          f"(target >= 1.7x); "
          f"CPU-bound estimate on 2 idle CPUs: {summary['speedup_2_vs_1_cpu_bound']:.2f}x "
          f"[load average {summary['load_average']} on {os.cpu_count()} CPUs]")
    print(f"write overhead: {100 * summary['write_overhead']:.1f}% of extraction CPU time (target <= 15%); "
          f"wall clock: {100 * summary['write_overhead_wall']:.1f}%")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
