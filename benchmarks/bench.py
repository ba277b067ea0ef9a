"""rasd benchmark: words per second per core for each stage and the whole pipeline, start-up, peak RSS.

The corpus is the ANERcorp training text (under $RASD_DATA, default ../shared/data) cut into
documents of 20 sentences, or the bundled examples when the data is absent. Everything runs in one
process on one core.

Rates are words per CPU-second of this process (``time.process_time``): words/s per core, which
other load on the machine does not distort the way wall-clock time does.

Steady-state figures: the pipeline is built fresh, warmed up on the first half of the documents, and
timed on the other half (different documents, so new word forms still miss the caches as they would
in a running stream). Cold figures: a fresh pipeline over the whole corpus, every cache empty.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from rasd.document import Document  # noqa: E402
from rasd.io.readers import parse_front_matter  # noqa: E402


def load_corpus() -> tuple[str, list[Document]]:
    data = Path(os.environ.get("RASD_DATA", REPO.parent / "shared" / "data"))
    train = data / "ner" / "anercorp" / "train.txt"
    if train.exists():
        sentences, current = [], []
        for line in train.read_text(encoding="utf-8").splitlines():
            if line.strip():
                current.append(line.split()[0])
            elif current:
                sentences.append(" ".join(current))
                current = []
        if current:
            sentences.append(" ".join(current))
        docs = [
            Document(f"anercorp-{i // 20}", "\n".join(sentences[i : i + 20])) for i in range(0, len(sentences), 20)
        ]
        return f"ANERcorp train ({train})", docs
    docs = []
    for path in sorted((REPO / "examples" / "articles").glob("*.txt")):
        _, body = parse_front_matter(path.read_text(encoding="utf-8"))
        docs.append(Document(path.stem, body))
    return "bundled examples (../shared/data not found)", docs * 50


REPEATS = 3  # the virtual machines we run on are noisy: report the best run and the median


def words(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)


def rate(n_words: int, seconds: float) -> str:
    return f"{n_words / seconds:>12,.0f} words/s"


def startup_seconds() -> float:
    code = "from rasd.pipeline import build_pipeline; from rasd.document import Document; build_pipeline()(Document('x', 'قال الوزير'))"
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(REPO / "src")})
    return time.perf_counter() - t0


def pipeline_rss_mb() -> float:
    code = (
        "import resource, sys; sys.path.insert(0, 'benchmarks'); from bench import load_corpus; "
        "from rasd.pipeline import build_pipeline; p = build_pipeline(); "
        "[p(d) for d in load_corpus()[1]]; print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env, cwd=REPO)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> int:
    from rasd.pipeline import build_pipeline, gc_paused
    from rasd.resourceset import Resources
    from rasd.text.normalize import get_normalizer
    from rasd.text.sentences import split_sentences
    from rasd.text.stage import TextStage

    name, docs = load_corpus()
    n = words(docs)
    print(f"corpus: {name}: {len(docs)} documents, {n:,} words")

    t0 = time.perf_counter()
    resources = Resources()
    pipeline = build_pipeline(resources)
    pipeline(Document("warm", "قال الوزير"))  # resources load lazily: count them in
    load = time.perf_counter() - t0
    print(f"resources load + pipeline build: {load:.2f} s")

    half = len(docs) // 2
    warm, measured = docs[:half], docs[half:]
    n_measured = words(measured)

    def text_core_steps():
        stage = TextStage(Resources().segmenter)
        full = get_normalizer("full")
        return {
            "normalise (with offset map)": lambda d: full.with_map(d.text),
            "sentences": lambda d: split_sentences(d.text),
            "tokens + clitics": lambda d: stage.tokens(d.text),
        }

    for title, warmup, timed, n_timed in (
        ("text core, cold (whole corpus, empty caches)", [], docs, n),
        ("text core, steady state (warmed on half, timed on the other half)", warm, measured, n_measured),
    ):
        print(title + f", best and median of {REPEATS} runs:")
        runs: dict[str, list[float]] = {}
        for _ in range(REPEATS):
            steps = text_core_steps()
            for fn in steps.values():
                for d in warmup:
                    fn(d)
            for label, fn in steps.items():
                t0 = time.process_time()
                for d in timed:
                    fn(d)
                runs.setdefault(label, []).append(time.process_time() - t0)
        runs["text core (all four)"] = [sum(ts) for ts in zip(*runs.values())]
        for label, times in runs.items():
            times.sort()
            print(f"  {label:<30}{rate(n_timed, times[0])}  (median {n_timed / times[len(times) // 2]:,.0f})")

    print(f"pipeline stages, steady state (warmed on half, timed on the other half), best and median of {REPEATS}:")
    stage_times: dict[str, list[float]] = {}
    for _ in range(REPEATS):
        # the runner first, before this repetition's stage-by-stage outputs exist: documents kept
        # alive by the measurement itself would be walked by the collector in the runner's time
        runner = build_pipeline(Resources())
        for d in warm:
            runner(d)
        t0 = time.process_time()
        for d in measured:
            runner(d)
        stage_times.setdefault("whole pipeline (runner)", []).append(time.process_time() - t0)
        del runner
        # a fresh pipeline with fresh resources (and empty caches) each time, warmed the same way
        pipeline = build_pipeline(Resources())
        for d in warm:
            pipeline(d)
        current = measured
        for stage in pipeline.stages:
            t0 = time.process_time()
            with gc_paused():  # as the runner runs them
                current = [stage(d) for d in current]
            stage_times.setdefault(stage.name, []).append(time.process_time() - t0)
        del current, pipeline
    if "entities" in stage_times and "actors" in stage_times:
        stage_times["entities + actors"] = [a + b for a, b in zip(stage_times["entities"], stage_times["actors"])]
    for label, times in stage_times.items():
        times.sort()
        print(f"  {label:<30}{rate(n_measured, times[0])}  (median {n_measured / times[len(times) // 2]:,.0f})")

    print(f"start-up (new process, load + first document): {startup_seconds():.2f} s")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this benchmark process ({2 * REPEATS + 1} pipelines alive): {rss_mb:.0f} MB")
    print(f"peak RSS of one pipeline over the whole corpus (new process): {pipeline_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
