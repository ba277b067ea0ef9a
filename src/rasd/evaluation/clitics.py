"""Evaluate clitic segmentation against gold tokens derived from UD Arabic treebanks.

Gold is rebuilt from two treebanks (paths relative to the data dir, by default ``../shared/data``):

* PUD (UD v2, ``morph/ud_arabic_pud/ar_pud-ud-test.conllu``): clitics are separate syntactic words
  joined to their host by ``SpaceAfter=No``. A surface token is a maximal run of such joined words
  with no punctuation word inside it; its text is the concatenation of their forms.
* PADT 1.3 dev (UD v1, ``morph/ud_arabic_padt_1.3/ar-ud-dev.conllu``): vocalised and clitic-split,
  with no ``SpaceAfter``. Proclitic words (و ف ب ل ك س by form and POS) are glued to the next word,
  pronoun words in the genitive/accusative (``SP`` tag, case 2 or 4) to the previous one, and the
  surface spelling is restored: diacritics removed, ل + ال -> لل, ة -> ت and final ى -> ا before a
  pronoun, the silent alef of ``وا`` dropped, a final hamza carried on و/ي by the host's case vowel.

Both treebanks keep the article ال on its noun, split the future ``س``, write ``لل`` as ل + (ا)ل and
spell a feminine noun before a pronoun as the treebank likes (PUD ت, PADT ة); none of that matters to
the comparison, which is on the clitics only. A token is scored on Arabic-letter tokens only, as the
tuple (proclitics in our inventory و ف ب ل ك س, in order; enclitic pronoun or none); the article ال
is left out on both sides because it is never a separate word in UD. Everything else in a joined run
(مما = م + ما, أحدهم's host أحد) counts as the stem. Two such tuples are equal exactly when the
clitic boundaries on the surface token agree, so accuracy is the share of tokens whose boundaries are
all right.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PROCLITICS = frozenset("وفبلكس")
ENCLITICS = frozenset(("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي", "ني"))
TREEBANKS = {
    "pud": "morph/ud_arabic_pud/ar_pud-ud-test.conllu",
    "padt": "morph/ud_arabic_padt_1.3/ar-ud-dev.conllu",
}
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a]+")
# UPOS of words that can be a proclitic (PADT v1 uses CONJ, PUD v2 CCONJ/SCONJ; ل+subjunctive is
# CONJ in PADT and PART/ADP in PUD; the future س is PART).
_PROCLITIC_POS = frozenset(("CONJ", "CCONJ", "SCONJ", "ADP", "PART", "AUX"))


@dataclass(frozen=True, slots=True)
class GoldToken:
    """One surface token and its gold clitics (inventory proclitics without ال, enclitic or '')."""

    surface: str
    proclitics: tuple[str, ...]
    enclitic: str
    sent_id: str

    @property
    def has_clitics(self) -> bool:
        return bool(self.proclitics or self.enclitic)

    @property
    def label(self) -> str:
        return _label(self.proclitics, self.enclitic, self.surface)


@dataclass
class Report:
    total: int = 0
    correct: int = 0
    with_clitics: int = 0
    with_clitics_correct: int = 0
    predicted_split: int = 0
    predicted_split_correct: int = 0
    errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # (surface, gold, predicted)
    error_classes: Counter[str] = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def clitic_accuracy(self) -> float:
        """Accuracy over the tokens that have clitics in gold."""
        return self.with_clitics_correct / self.with_clitics if self.with_clitics else 0.0

    @property
    def split_precision(self) -> float:
        """Share of tokens the segmenter split whose segmentation is right."""
        return self.predicted_split_correct / self.predicted_split if self.predicted_split else 0.0

    def format(self, name: str = "", examples: int = 15) -> str:
        lines = [
            f"{name}: tokens {self.total}, accuracy {self.accuracy:.2%}; "
            f"tokens with clitics {self.with_clitics}, accuracy {self.clitic_accuracy:.2%}; "
            f"split tokens {self.predicted_split}, precision {self.split_precision:.2%}",
            "  errors by class: " + ", ".join(f"{k} {v}" for k, v in self.error_classes.most_common()),
        ]
        for (surface, gold, pred), n in self.errors.most_common(examples):
            lines.append(f"  {n:4d}  {surface}  gold {gold}  got {pred}")
        return "\n".join(lines)


def _label(proclitics: Sequence[str], enclitic: str, surface: str) -> str:
    parts = [p + "+" for p in proclitics]
    parts.append("·")
    if enclitic:
        parts.append("+" + enclitic)
    return "".join(parts) if (proclitics or enclitic) else "whole"


def _strip(form: str) -> str:
    return _MARKS.sub("", form).replace("ٱ", "ا")


def _read_conllu(path: Path) -> Iterable[tuple[str, list[list[str]]]]:
    sent_id = ""
    words: list[list[str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield sent_id, words
                words = []
                continue
            if line.startswith("#"):
                if line.startswith("# sent_id"):
                    sent_id = line.split("=", 1)[-1].strip()
                continue
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                words.append(cols)
    if words:
        yield sent_id, words


def _is_proclitic(cols: list[str]) -> bool:
    return _strip(cols[1]) in PROCLITICS and cols[3] in _PROCLITIC_POS


def _is_enclitic_v2(cols: list[str]) -> bool:
    return cols[3] == "PRON" and _strip(cols[1]) in ENCLITICS


def _is_enclitic_v1(cols: list[str]) -> bool:
    xpos = cols[4]
    return (
        cols[3] == "PRON"
        and xpos.startswith("SP")
        and len(xpos) > 8
        and xpos[8] in "24"
        and _strip(cols[1]) in ENCLITICS
    )


def _gold_from_run(run: list[list[str]], surface: str, sent_id: str, enclitic_test) -> GoldToken:
    enc = ""
    body = run
    if len(run) >= 2 and enclitic_test(run[-1]):
        enc = _strip(run[-1][1])
        body = run[:-1]
    pro: list[str] = []
    i = 0
    # Leading proclitics; without an enclitic the last word is always host material (له has none).
    while i < len(body) and (enc or i < len(body) - 1) and _is_proclitic(body[i]):
        pro.append(_strip(body[i][1]))
        i += 1
    return GoldToken(surface, tuple(pro), enc, sent_id)


def _load_v2(path: Path) -> list[GoldToken]:
    out: list[GoldToken] = []
    for sent_id, words in _read_conllu(path):
        run: list[list[str]] = []
        for k, cols in enumerate(words):
            joined = "SpaceAfter=No" in cols[9]
            if cols[3] == "PUNCT" or cols[3] == "SYM":
                _flush_v2(run, sent_id, out)
                run = []
                continue
            run.append(cols)
            if not joined or k + 1 == len(words):
                _flush_v2(run, sent_id, out)
                run = []
        _flush_v2(run, sent_id, out)
    return out


def _flush_v2(run: list[list[str]], sent_id: str, out: list[GoldToken]) -> None:
    if not run:
        return
    surface = "".join(_strip(c[1]) for c in run)
    if _ARABIC_WORD.fullmatch(surface):
        out.append(_gold_from_run(run, surface, sent_id, _is_enclitic_v2))


def _translit(cols: list[str]) -> str:
    for item in cols[9].split("|"):
        if item.startswith("Translit="):
            return item[9:]
    return ""


def _join_v1(run: list[list[str]]) -> str:
    """Surface spelling of a PADT run: proclitics, host, optional enclitic pronoun."""
    forms = [_strip(c[1]) for c in run]
    text = ""
    for k, form in enumerate(forms):
        if k > 0 and forms[k - 1] == "ل" and _is_proclitic(run[k - 1]) and form.startswith("ال"):
            form = form[1:]  # لِ + اَلحَظرِ -> للحظر
        if k > 0 and k == len(forms) - 1 and _is_enclitic_v1(run[k]) and len(forms) > 1 and text:
            if text.endswith("ة"):
                text = text[:-1] + "ت"
            elif text.endswith("ى"):
                text = text[:-1] + "ا"
            elif text.endswith("وا"):
                text = text[:-1]
            elif text.endswith("ء") and len(text) > 1 and text[-2] in "اوي":
                vowel = _translit(run[k - 1])[-1:]
                text = text[:-1] + {"u": "ؤ", "i": "ئ"}.get(vowel, "ء")
            elif text.endswith("ي") and form == "ي":
                form = ""  # محامي + ي -> محاميّ
        text += form
    return text


def _is_unanalysed(cols: list[str]) -> bool:
    return cols[3] == "X" and cols[4].startswith("U") and cols[1] == _strip(cols[1])


def _drop_unanalysed(words: list[list[str]]) -> list[list[str]]:
    """Turn PADT's unanalysed multi-word tokens into punctuation-like separators.

    PADT 1.3 repeats the unvocalised surface form on each syntactic word of a token it could not
    analyse (``وذلك`` / ``وذلك``); where the clitics are is unknown, so such tokens are not scored.
    """
    out: list[list[str]] = []
    i = 0
    while i < len(words):
        j = i + 1
        if _is_unanalysed(words[i]):
            while j < len(words) and words[j][1] == words[i][1] and _is_unanalysed(words[j]):
                j += 1
        if j - i > 1:
            sep = list(words[i])
            sep[3] = "PUNCT"
            out.append(sep)
        else:
            out.append(words[i])
        i = j
    return out


def _load_v1(path: Path) -> list[GoldToken]:
    out: list[GoldToken] = []
    for sent_id, words in _read_conllu(path):
        runs: list[list[list[str]]] = []
        run: list[list[str]] = []
        words = _drop_unanalysed(words)
        for cols in words:
            if cols[3] == "PUNCT":
                if run:
                    runs.append(run)
                run = []
                runs.append([cols])
                continue
            if run and _is_enclitic_v1(cols):
                run.append(cols)
                runs.append(run)
                run = []
                continue
            if run and not _is_proclitic(run[-1]):
                runs.append(run)
                run = []
            run.append(cols)
        if run:
            runs.append(run)
        for r in runs:
            if r[0][3] == "PUNCT":
                continue
            surface = _join_v1(r)
            if _ARABIC_WORD.fullmatch(surface):
                out.append(_gold_from_run(r, surface, sent_id, _is_enclitic_v1))
    return out


def load_gold(path: str | Path) -> list[GoldToken]:
    """Gold tokens of one CoNLL-U file; UD v2 files with ``SpaceAfter`` and PADT v1 are both read."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        head = fh.read(200_000)
    if "SpaceAfter=No" in head or "# text =" in head:
        return _load_v2(path)
    return _load_v1(path)


def predicted(segmenter, surface: str) -> tuple[tuple[str, ...], str]:
    seg = segmenter.segment(surface)
    pro = tuple(c for _, _, c in seg.proclitics if c != "ال")
    enc = seg.enclitic[2] if seg.enclitic else ""
    return pro, enc


def _error_class(gold: GoldToken, pro: tuple[str, ...], enc: str) -> str:
    if not gold.has_clitics:
        return "over-split"
    if not (pro or enc):
        return "not split"
    if len(pro) + bool(enc) > len(gold.proclitics) + bool(gold.enclitic):
        return "too many clitics"
    if len(pro) + bool(enc) < len(gold.proclitics) + bool(gold.enclitic):
        return "too few clitics"
    return "wrong clitics"


def evaluate(segmenter, gold: Iterable[GoldToken]) -> Report:
    rep = Report()
    for g in gold:
        pro, enc = predicted(segmenter, g.surface)
        ok = pro == g.proclitics and enc == g.enclitic
        rep.total += 1
        rep.correct += ok
        if g.has_clitics:
            rep.with_clitics += 1
            rep.with_clitics_correct += ok
        if pro or enc:
            rep.predicted_split += 1
            rep.predicted_split_correct += ok
        if not ok:
            rep.errors[(g.surface, g.label, _label(pro, enc, g.surface))] += 1
            rep.error_classes[_error_class(g, pro, enc)] += 1
    return rep


def default_data_dir() -> Path:
    return Path(__file__).resolve().parents[3].parent / "shared" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval clitics", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=default_data_dir(), help="shared data dir (../shared/data)")
    ap.add_argument("--treebank", choices=("pud", "padt", "all"), default="all")
    ap.add_argument("--examples", type=int, default=15, help="error examples to print per treebank")
    args = ap.parse_args(argv)

    from rasd.resourceset import Resources

    seg = Resources().segmenter
    names = ("pud", "padt") if args.treebank == "all" else (args.treebank,)
    for name in names:
        path = args.data / TREEBANKS[name]
        if not path.exists():
            print(f"{name}: {path} not found", file=sys.stderr)
            continue
        print(evaluate(seg, load_gold(path)).format(name, args.examples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
