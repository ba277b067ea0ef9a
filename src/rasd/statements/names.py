"""Name evidence for speakers when no entity layer is present: given and family names (with the
gender of given names) and the Arabic names of countries and organisations, all full-normalised."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.resources_io import read_table, split_multi
from rasd.text.normalize import normalize

PARTICLES = frozenset(normalize(w) for w in ["بن", "ابن", "بنت", "أبو", "ابو", "أبي", "أم", "عبد", "آل", "ال"])


@dataclass(frozen=True)
class NameLexicon:
    given: dict[str, str]  # name -> gender (m / f / '')
    family: frozenset[str]
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first word -> word tuples (countries, organisations)

    def gender(self, word: str) -> str | None:
        g = self.given.get(word)
        return g or None

    def is_name_word(self, word: str) -> bool:
        return word in self.given or word in self.family or word in PARTICLES

    def phrase_at(self, words: list[str], i: int) -> int:
        """Length of the longest listed country/organisation name starting at ``words[i]`` (0 if none)."""
        best = 0
        for cand in self.phrases.get(words[i], ()):
            n = len(cand)
            if n > best and tuple(words[i : i + n]) == cand:
                best = n
        return best


def load(resources) -> NameLexicon:
    root = resources.root
    given: dict[str, str] = {}
    for row in read_table(root / "lexicons" / "given_names.tsv").rows:
        word = normalize(row["name"])
        if " " not in word:
            given.setdefault(word, row.get("gender", "") if row.get("gender") in ("m", "f") else "")
    family = frozenset(
        normalize(row["name"]) for row in read_table(root / "lexicons" / "family_names.tsv").rows if row.get("name")
    )
    phrases: dict[str, set[tuple[str, ...]]] = {}

    def add(name: str) -> None:
        words = tuple(normalize(name).split())
        if words:
            phrases.setdefault(words[0], set()).add(words)

    for row in read_table(root / "actors" / "countries.tsv").rows:
        for name in [row.get("name_ar", "")] + split_multi(row.get("variants", "")):
            add(name)
    for row in read_table(root / "actors" / "organizations.tsv").rows:
        for name in [row.get("name_ar", "")] + split_multi(row.get("variants", "")):
            add(name)
    return NameLexicon(given, family, {k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()})


def compiled(resources) -> NameLexicon:
    return resources.cached("statements.names", load)
