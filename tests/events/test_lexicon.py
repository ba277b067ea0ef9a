"""The trigger lexicon: volume, types, modes from its own header, and generated inflections."""

from __future__ import annotations

from rasd.events.lexicon import IMPERFECT, NOUN, PERFECT, load
from rasd.resources_io import read_table, resource_path

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def _modes(table) -> dict[str, set[str]]:
    raw = [line for line in table.path.read_text(encoding="utf-8").splitlines() if line.startswith("# modes:")][0]
    out: dict[str, set[str]] = {}
    for part in raw.partition(":")[2].split(";"):
        words = part.split()
        types = [w for w in words if w.isupper()]
        for t in types:
            out.setdefault(t, set()).update(w for w in words if not w.isupper() and w != "and")
    return out


def test_volume_types_and_modes():
    table = read_table(resource_path("events", "triggers.tsv"))
    assert len(table.rows) >= 600
    assert {r["type"] for r in table.rows} == PLOVER
    modes = _modes(table)
    for r in table.rows:
        assert not r["mode"] or r["mode"] in modes.get(r["type"], set()), r
        assert r["needs"] in ("", "armed", "anchor", "weapon"), r
        assert r["source_frame"] in ("subj", "poss", "by", "empty"), r


def test_inflections():
    lex = load()

    def kinds(word):
        return {(f.trigger.lemma, f.kind) for f in lex.get(word)}

    assert ("قصف", PERFECT) in kinds("قصفت")
    assert ("قصف", IMPERFECT) in kinds("يقصفون")
    assert ("قصف", NOUN) in kinds("قصف")
    assert ("التقى", IMPERFECT) in kinds("يلتق")  # jussive after لم
    assert any(lemma == "زيارة" for lemma, _ in kinds("زيارات"))
    assert any(lemma == "هجوم" for lemma, _ in kinds("هجوما"))
    forms = [f for f in lex.get("سحبت") if f.tail]
    assert any(f.kind == PERFECT for f in forms)  # phrase heads are verbs: سحبت تركيا قواتها
