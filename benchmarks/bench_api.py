"""Load test of the HTTP API on loopback: concurrent clients running search and event queries.

    python benchmarks/bench_api.py                      # a 300-document corpus, 20 clients x 10 s
    python benchmarks/bench_api.py --full               # a 20,000-document corpus, 20 clients x 20 s
    python benchmarks/bench_api.py --db rasd.db --clients 20 --seconds 20

Without --db a corpus is generated (benchmarks/make_corpus.py) and ingested into a temporary store
(or into --work, where it is kept and reused). The server is ``rasd serve`` in its own process on
127.0.0.1; every client is a thread with one keep-alive connection. The run is bounded in time and
stops by itself. Printed: requests, errors, throughput, p50/p95/p99 latency per kind of query.
Exit code 1 when any request failed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

REPO = Path(__file__).resolve().parents[1]

SEARCHES = ["وزير", "الرئيس", "الحكومة", "الأمم المتحدة", "المساعدات", "اجتماع", "سوريا", "الأسعار",
            '"وزير الخارجية"', "مجلس الأمن", "الانتخابات", "النفط", "غزة", "الكهرباء", "اللاجئين"]
EVENT_FILTERS = [{}, {"type": "ASSAULT"}, {"type": "CONSULT"}, {"type": "PROTEST"}, {"source": "EGY"},
                 {"target": "ISR"}, {"place": "LB"}, {"place": "بغداد"}, {"since": "2021-01-01", "until": "2021-06-30"},
                 {"type": "REQUEST", "since": "2020-01-01"}, {"source": "الصفدي"}]


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            if not ok:
                self.errors[kind] = self.errors.get(kind, 0) + 1
                if len(self.samples) < 5:
                    self.samples.append(f"{kind}: {detail}")


def build_corpus(docs: int, work: Path) -> Path:
    db = work / f"corpus-{docs}.db"
    if db.exists():
        return db
    gen = work / f"gen-{docs}"
    print(f"generating {docs} documents in {gen} ...", flush=True)
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(gen), "--docs", str(docs),
                    "--big-mb", "9"], check=True, stdout=subprocess.DEVNULL)
    print(f"ingesting into {db} (this takes a while for large corpora) ...", flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "rasd.cli.main", "-q", "ingest", str(gen / "corpus"), "--db", str(db),
                    "--no-progress"], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print(f"ingested in {time.perf_counter() - started:.0f} s", flush=True)
    return db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "rasd.cli.main", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the server stopped: {proc.stderr.read().decode(errors='replace')}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/health")
            if conn.getresponse().status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("the server did not answer within 60 s")


def one_request(conn: http.client.HTTPConnection, rng: random.Random) -> tuple[str, str]:
    roll = rng.random()
    if roll < 0.5:
        return "search", "/api/search?" + urlencode({"q": rng.choice(SEARCHES), "limit": 20})
    if roll < 0.9:
        return "events", "/api/events?" + urlencode({**rng.choice(EVENT_FILTERS), "limit": 50})
    return "events_summary", "/api/events/summary?" + urlencode(rng.choice(EVENT_FILTERS))


def client(port: int, until: float, seed: int, tally: Tally) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < until:
        kind, path = one_request(conn, rng)
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            answer = conn.getresponse()
            body = answer.read()
            ok = answer.status == 200
            detail = f"{answer.status} {body[:200]!r}"
            if ok and kind == "events" and rng.random() < 0.3:  # follow the cursor to the next page
                cursor = json.loads(body).get("next_cursor")
                if cursor:
                    conn.request("GET", path + "&" + urlencode({"cursor": cursor}))
                    nxt = conn.getresponse()
                    nxt.read()
                    ok = nxt.status == 200
                    detail = f"next page {nxt.status}"
        except (OSError, http.client.HTTPException, ValueError) as exc:
            ok, detail = False, f"{type(exc).__name__}: {exc}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        tally.add(kind, time.perf_counter() - started, ok, detail)
    conn.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def report(tally: Tally, seconds: float, clients: int, documents: int) -> int:
    every = [x for xs in tally.latencies.values() for x in xs]
    errors = sum(tally.errors.values())
    print(f"\n{documents} documents, {clients} clients, {seconds:.0f} s on 127.0.0.1")
    print(f"{'query':<16}{'requests':>10}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, xs in sorted(tally.latencies.items()) + [("all", every)]:
        errs = errors if kind == "all" else tally.errors.get(kind, 0)
        print(f"{kind:<16}{len(xs):>10}{errs:>8}{percentile(xs, .5) * 1000:>9.1f}{percentile(xs, .95) * 1000:>9.1f}"
              f"{percentile(xs, .99) * 1000:>9.1f}")
    print(f"throughput: {len(every) / seconds:.1f} requests/s; errors: {errors}")
    for sample in tally.samples:
        print(f"  error: {sample}")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="serve this corpus store (default: generate and ingest one)")
    ap.add_argument("--docs", type=int, default=300, help="documents to generate without --db (default 300)")
    ap.add_argument("--full", action="store_true", help="the acceptance run: 20,000 documents, 20 clients, 20 s")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--work", type=Path, help="keep generated corpora here and reuse them (default: a temp dir)")
    args = ap.parse_args(argv)
    if args.full:
        args.docs, args.clients, args.seconds = 20000, 20, 20.0
    args.clients = max(1, min(args.clients, 64))
    args.seconds = max(1.0, min(args.seconds, 120.0))
    with tempfile.TemporaryDirectory(prefix="rasd-bench-api-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        db = args.db or build_corpus(args.docs, work)
        return run(db, args.clients, args.seconds)


def run(db: Path, clients: int, seconds: float) -> int:
    port = free_port()
    server = start_server(db, port)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/health")
        documents = json.loads(conn.getresponse().read())["documents"]
        tally = Tally()
        until = time.monotonic() + seconds
        threads = [threading.Thread(target=client, args=(port, until, i, tally)) for i in range(clients)]
        started = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return report(tally, time.monotonic() - started, clients, documents)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(main())
