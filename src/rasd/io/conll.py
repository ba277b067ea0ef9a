"""CoNLL-style token files: one token per line (first column), a blank line between sentences."""

from __future__ import annotations

import sys

from rasd.io.readers import decode


def parse_conll(text: str) -> list[list[str]]:
    sentences: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
                current = []
            continue
        if line.startswith("# ") and not current:
            continue  # a CoNLL-U comment line before a sentence
        current.append(line.split()[0])
    if current:
        sentences.append(current)
    return sentences


def read_conll_sentences(name: str) -> list[list[str]]:
    from pathlib import Path

    from rasd.errors import InputError

    if name == "-":
        data = sys.stdin.buffer.read()
    else:
        path = Path(name)
        if path.is_dir():
            raise InputError(name, "is a directory")
        if not path.exists():
            raise InputError(name, "no such file")
        data = path.read_bytes()
    return parse_conll(decode(data, name))
