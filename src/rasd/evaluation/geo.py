"""Geocoding accuracy against a places gold file (``tests/data/geo_gold.jsonl``).

Each gold line is a short document: ``text``, ``date`` and ``places``, each place a LOC span with
its ``geonameid`` (null when the place has no certain GeoNames id) and ``country`` (null when
unknown). The gold spans are given to the places stage as LOC entities (the text stage runs first
for tokens), so the figures measure geocoding alone, not NER. Reported:

* id accuracy over gold places with an id;
* country accuracy over gold places with a country;
* null precision: of the gold places without an id, the share the resolver left without an id
  (a wrong confident id is the worst outcome).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Document, Entity, Meta
from rasd.evaluation import read_jsonl as read_gold


@dataclass
class GeoScore:
    id_total: int = 0
    id_correct: int = 0
    country_total: int = 0
    country_correct: int = 0
    null_total: int = 0
    null_kept: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def id_accuracy(self) -> float:
        return self.id_correct / self.id_total if self.id_total else 0.0

    @property
    def country_accuracy(self) -> float:
        return self.country_correct / self.country_total if self.country_total else 0.0

    @property
    def null_precision(self) -> float:
        return self.null_kept / self.null_total if self.null_total else 1.0


def predict(items: Iterable[dict], resources=None) -> list[tuple[dict, Document]]:
    from rasd.geo.stage import make_stage as make_places
    from rasd.resourceset import default_resources
    from rasd.text.stage import make_stage as make_text

    res = resources or default_resources()
    text_stage, places_stage = make_text(res), make_places(res)
    out = []
    for n, item in enumerate(items):
        doc = Document(item.get("id", f"doc{n}"), item["text"], Meta(date=item.get("date")))
        doc = text_stage(doc)
        ents = tuple(Entity(f"T{i}", p["start"], p["end"], "LOC") for i, p in enumerate(item["places"], 1))
        out.append((item, places_stage(doc.with_layer("entities", ents))))
    return out


def score(pairs: list[tuple[dict, Document]]) -> GeoScore:
    s = GeoScore()
    for item, doc in pairs:
        by_id = {p.id: p for p in doc.places}
        for i, gold in enumerate(item["places"]):
            ent = doc.entities[i]
            place = by_id.get(ent.place or "")
            got_id = None if place is None else place.geonameid
            got_cc = None if place is None else place.country
            if gold["geonameid"] is not None:
                s.id_total += 1
                s.id_correct += got_id == gold["geonameid"]
            else:
                s.null_total += 1
                s.null_kept += got_id is None
            if gold["country"] is not None:
                s.country_total += 1
                s.country_correct += got_cc == gold["country"]
            if got_id != gold["geonameid"] or (gold["country"] and got_cc != gold["country"]):
                s.errors.append(f"{item.get('id')}: {gold['text']} gold {gold['geonameid']}/{gold['country']} "
                                f"got {got_id}/{got_cc}")
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval geo", description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True, type=Path, help="places gold file (JSON lines)")
    ap.add_argument("--errors", action="store_true", help="list every wrong resolution")
    args = ap.parse_args(argv)
    try:
        items = read_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"rasd eval geo: cannot read {args.gold}: {exc}", file=sys.stderr)
        return 2
    s = score(predict(items))
    print(f"documents: {len(items)}")
    print(f"GeoNames id accuracy: {s.id_accuracy:.4f} ({s.id_correct}/{s.id_total})")
    print(f"country accuracy:     {s.country_accuracy:.4f} ({s.country_correct}/{s.country_total})")
    print(f"null kept (no wrong confident id): {s.null_precision:.4f} ({s.null_kept}/{s.null_total})")
    if args.errors:
        for line in s.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
