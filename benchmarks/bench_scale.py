"""rasd scaling benchmark: 1 -> 2 worker processes, peak RSS per worker, cost against document length,
and peak RSS per worker of ``rasd batch`` over a long generated JSONL stream.

The corpus is the one bench.py uses (ANERcorp train cut into documents, or the bundled examples).
Each worker count is measured in a fresh process, so no run profits from caches another run warmed;
1 and 2 workers alternate, three times each by default, and the fastest run of each is compared.
"1 worker" runs everything in that one process (no worker process at all); the resources are loaded
before the clock starts in both cases and their loading is printed as start-up. Two things are
timed: ``rasd.parallel`` alone, and ``rasd batch`` end to end (JSONL file in, Parquet parts out).

    python benchmarks/bench_scale.py                     # scaling, length, a 200 MB stream
    python benchmarks/bench_scale.py --stream-mb 2048    # the 2 GB memory check (long: see docs/scale.md)
    python benchmarks/bench_scale.py --stream-mb 0       # no stream
    python benchmarks/bench_scale.py --scaling-only --repeat 5   # only 1 -> 2 workers, best of 5
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench import load_corpus, words  # noqa: E402

from rasd.document import Document  # noqa: E402


def _worker_stats(doc: Document) -> tuple[int, int, float]:
    """Run in each worker: the worker's pid and peak RSS ride along with every result."""
    return os.getpid(), len(doc.text.split()), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _load_resources() -> float:
    """Load the pipeline's resources in this process before timing; the seconds it took.

    Both worker counts pay this once, before any document, and a long run amortises it, so it is
    reported as start-up and left out of the throughput (otherwise a 5-second run measures the fixed
    start-up as much as the scaling). With 2 workers the forked workers share what was loaded here.
    """
    from rasd.pipeline import build_pipeline

    t0 = time.perf_counter()
    build_pipeline()(Document("warm-up", "بغداد - قال وزير الخارجية العراقي أمس إن الحكومة ستجتمع يوم الأحد."))
    return time.perf_counter() - t0


def measure(workers: int, mode: str = "machinery") -> dict:
    """One configuration, in this (fresh) process: throughput, start-up, peak RSS of each worker.

    ``machinery``: rasd.parallel alone (workers send back a tuple per document). ``batch``: the whole
    of ``rasd batch`` (reading a JSONL file, the workers' rows, Parquet part files written by the parent).
    ``workers == 1`` runs everything in this one process (no worker process, nothing in parallel):
    the honest baseline for what a second worker adds.
    """
    _, docs = load_corpus()
    startup = _load_resources()
    if mode == "batch":
        return {**_measure_batch(workers, docs), "startup_s": startup}
    from rasd.parallel import run_parallel

    own0, cpu0, t0 = _own_cpu(), _cpu_seconds(), time.perf_counter()
    first = None
    peaks: dict[int, float] = {}
    n_words = 0
    # chunks of run_parallel's default size, as `rasd batch` sends them: one task per document made the
    # parent spend 0.2 s of CPU handing out 182 tasks, on a core the workers need
    for result in run_parallel(docs, workers, _worker_stats, ordered=False):
        if first is None:
            first = time.perf_counter() - t0
        pid, n, rss = result.value
        n_words += n
        peaks[pid] = max(peaks.get(pid, 0.0), rss)
    seconds = time.perf_counter() - t0
    return {"workers": workers, "seconds": seconds, "words": n_words, "first_result_s": first,
            "cpu_s": _cpu_seconds() - cpu0, "parent_cpu_s": _own_cpu() - own0,
            "worker_rss_mb": sorted(peaks.values()), "startup_s": startup}


def _measure_batch(workers: int, docs: list[Document]) -> dict:
    from rasd.batch import BatchOptions, run_batch

    with tempfile.TemporaryDirectory(prefix="rasd-bench-batch-") as tmp:
        src = Path(tmp) / "corpus.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n")
        own0, cpu0, t0 = _own_cpu(), _cpu_seconds(), time.perf_counter()
        summary = run_batch([str(src)], Path(tmp) / "out", BatchOptions(fmt="parquet", workers=workers))
        seconds = time.perf_counter() - t0
        cpu, own = _cpu_seconds() - cpu0, _own_cpu() - own0
    return {"workers": workers, "seconds": seconds, "words": summary.words, "first_result_s": None,
            "cpu_s": cpu, "parent_cpu_s": own, "worker_rss_mb": [summary.worker_rss_mb],
            "written": summary.written}


def _own_cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def _cpu_seconds() -> float:
    """CPU time of this process and its finished workers (the pool has joined them by now)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _in_fresh_process(workers: int, mode: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", str(workers), "--mode", mode], check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    return json.loads(out.stdout.strip().splitlines()[-1])


MODES = {"machinery": "rasd.parallel (workers return a tuple per document)",
         "batch": "rasd batch end to end (JSONL in, Parquet out)"}


def scaling(modes: tuple[str, ...] = tuple(MODES), repeat: int = 3) -> None:
    name, docs = load_corpus()
    print(f"corpus: {name}: {len(docs)} documents, {words(docs):,} words; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f} (wall-clock figures need an otherwise idle machine)")
    print("  1 worker = everything in one process (no worker process); resources are loaded before timing "
          f"(start-up, reported apart); best of {repeat} runs, 1 and 2 workers alternating")
    for mode in modes:
        timed: dict[int, list[float]] = {1: [], 2: []}
        best: dict[int, dict] = {}
        # Alternating, so that both see the same changes in the machine's load; the fastest run of each
        # is kept, as other load only ever slows a run down.
        for _ in range(repeat):
            for w in (1, 2):
                r = _in_fresh_process(w, mode)
                timed[w].append(r["seconds"])
                if w not in best or r["seconds"] < best[w]["seconds"]:
                    best[w] = r
        runs = [best[1], best[2]]
        print(f" {MODES[mode]}:")
        for r in runs:
            rate = r["words"] / r["seconds"]
            rss = ", ".join(f"{m:.0f}" for m in r["worker_rss_mb"])
            first = f"first result after {r['first_result_s']:.2f} s, " if r["first_result_s"] is not None else ""
            print(f"  {r['workers']} worker(s): {r['seconds']:6.2f} s  {rate:>10,.0f} words/s "
                  f"({rate / r['workers']:,.0f} per core)  CPU s: all {r['cpu_s']:.2f}, parent {r['parent_cpu_s']:.2f}  "
                  f"start-up {r['startup_s']:.2f} s, {first}peak RSS per worker: {rss} MB")
        one, two = runs
        medians = {w: sorted(t)[len(t) // 2] for w, t in timed.items()}
        print(f"  scaling 1 -> 2 workers: {one['seconds'] / two['seconds']:.2f}x best against best, "
              f"{medians[1] / medians[2]:.2f}x median against median (wall clock, "
              f"load average {os.getloadavg()[0]:.1f})")
        # Work per CPU second does not depend much on what else the machine runs: with two free cores,
        # two workers that spend no more CPU per word than one would run 2x as fast. The parent is a
        # third process: the least wall time on 2 cores is the larger of its CPU time and half of all.
        efficiency = (two["words"] / two["cpu_s"]) / (one["words"] / one["cpu_s"])
        least_two = max(two["parent_cpu_s"], two["cpu_s"] / 2)
        print(f"  CPU per word, 2 workers vs 1: {1 / efficiency:.2f}x; CPU-bound estimate on 2 free cores: "
              f"{one['cpu_s'] / least_two:.2f}x")


def _stage_times(pipeline, doc: Document, repeat: int = 3) -> list[float]:
    """CPU seconds of each stage on ``doc``, best of ``repeat``: CPU time, not wall time, so that other
    load on the machine does not blur the comparison."""
    best = [float("inf")] * len(pipeline.stages)
    for _ in range(repeat):
        current = doc
        for i, stage in enumerate(pipeline.stages):
            t0 = time.process_time()
            current = stage(current)
            best[i] = min(best[i], time.process_time() - t0)
    return best


def length_linearity(factors: tuple[int, ...] = (10, 50)) -> None:
    """CPU time of one document made of k corpus documents against the time of those k documents apart."""
    from rasd.pipeline import build_pipeline

    _, docs = load_corpus()
    pipeline = build_pipeline()
    pieces = docs[: max(factors)]
    for d in pieces:  # warm: the long documents then meet no word form for the first time
        pipeline(d)
    names = [s.name for s in pipeline.stages]
    print(f"cost against length (CPU time, warm caches; pieces of ~{words(pieces) / len(pieces):.0f} words):")
    print(f"  {'':<28}{'whole':>8}" + "".join(f"{n:>12}" for n in names))
    for k in factors:
        long_doc = Document(f"long-{k}", "\n".join(d.text for d in pieces[:k]))
        apart = [sum(col) for col in zip(*(_stage_times(pipeline, d) for d in pieces[:k]))]
        together = _stage_times(pipeline, long_doc, repeat=2)
        ratios = [k * t / a if a else 0.0 for t, a in zip(together, apart)]
        whole = k * sum(together) / sum(apart)
        label = f"{k}x longer ({words([long_doc]):,} words)"
        print(f"  {label:<28}{whole:>7.1f}x" + "".join(f"{r:>11.1f}x" for r in ratios) + f"   (linear: {k}x)")


# --- the memory check over a long stream ---------------------------------------------------------

_SYLLABLES = ["با", "تو", "ري", "سا", "كم", "لي", "نو", "ها", "دي", "فا", "جو", "مي", "زا", "قو", "شي", "طا"]


def _stream_lines(target_bytes: int, seed: int = 7):
    """JSONL articles until ``target_bytes``: corpus sentences reshuffled, plus invented names so the
    vocabulary keeps growing as it would over years of news (caches keyed by word forms must not grow
    without bound)."""
    _, docs = load_corpus()
    sentences = [s for d in docs for s in d.text.split("\n") if s.strip()]
    rng = random.Random(seed)
    written, n = 0, 0
    while written < target_bytes:
        n += 1
        body = []
        for _ in range(rng.randint(8, 30)):
            name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
            body.append(f"وقال {name} " + rng.choice(sentences))
        date = f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        line = json.dumps({"id": f"gen-{n}", "date": date, "text": "\n".join(body)}, ensure_ascii=False) + "\n"
        data = line.encode("utf-8")
        written += len(data)
        yield data


def _rss_of(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue
    return found


def stream_memory(megabytes: int, workers: int = 2, upto: str | None = None) -> None:
    target = megabytes * 1024 * 1024
    with tempfile.TemporaryDirectory(prefix="rasd-bench-") as tmp:
        cmd = [sys.executable, "-m", "rasd.cli.main", "batch", "-", "--out", tmp, "--workers", str(workers),
               "--format", "parquet", "--tables", "documents,statements,events", *(["--upto", upto] if upto else [])]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE, text=False,
                                env={**os.environ, "PYTHONPATH": str(REPO / "src")})
        peaks: dict[int, float] = {}

        def watch() -> None:
            while proc.poll() is None:
                for child in _children(proc.pid):
                    peaks[child] = max(peaks.get(child, 0.0), _rss_of(child))
                peaks[proc.pid] = max(peaks.get(proc.pid, 0.0), _rss_of(proc.pid))
                time.sleep(0.5)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        t0 = time.perf_counter()
        sent = 0
        for data in _stream_lines(target):
            proc.stdin.write(data)
            sent += len(data)
        proc.stdin.close()
        err = proc.stderr.read().decode("utf-8", "replace")
        proc.wait()
        watcher.join()
        seconds = time.perf_counter() - t0
    parent = peaks.pop(proc.pid, 0.0)
    workers_rss = ", ".join(f"{v:.0f}" for v in sorted(peaks.values())) or "n/a"
    stages = f" --upto {upto}" if upto else ""
    print(f"stream of {sent / 1024 / 1024:,.0f} MB JSONL through `rasd batch - --workers {workers}{stages}`: {seconds:.0f} s, "
          f"exit {proc.returncode}")
    print(f"  peak RSS: parent {parent:.0f} MB; per worker {workers_rss} MB")
    for line in err.strip().splitlines()[-3:]:
        print(f"  {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--mode", choices=tuple(MODES), default="machinery", help=argparse.SUPPRESS)
    parser.add_argument("--scaling-only", action="store_true", help="only the 1 -> 2 worker measurements")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each worker count (the best is kept)")
    parser.add_argument("--stream-mb", type=int, default=200, help="size of the generated JSONL stream (0: none)")
    parser.add_argument("--stream-upto", default=None, metavar="STAGE",
                        help="run the stream through the pipeline up to this stage only (a faster check of reading)")
    parser.add_argument("--only-stream", action="store_true", help="skip the scaling and length measurements")
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.mode)))
        return 0
    if not args.only_stream:
        scaling(repeat=max(1, args.repeat))
        if args.scaling_only:
            return 0
        length_linearity()
    if args.stream_mb:
        stream_memory(args.stream_mb, upto=args.stream_upto)
    return 0


if __name__ == "__main__":
    sys.exit(main())
