"""A readable, plain-text summary of a processed document (the ``pretty`` output format)."""

from __future__ import annotations

from rasd.document import Document


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summarize(doc: Document) -> str:
    text = doc.text
    m = doc.meta
    lines = [f"━━ {doc.id}  {m.date or 'no date'}  {m.title or ''}".rstrip()]
    tokens = doc.layer("tokens")
    words = sum(1 for t in tokens if t.kind == "WORD")
    lines.append(f"   {len(doc.sentences)} sentences, {len(tokens)} tokens ({words} Arabic words)")
    actors = {a.id: a for a in doc.actors}
    if doc.entities:
        by_type: dict[str, list[str]] = {}
        for e in doc.entities:
            name = text[e.start : e.end]
            if name not in by_type.setdefault(e.type, []):
                by_type[e.type].append(name)
        lines.append("   entities:")
        for t in ("PER", "ORG", "LOC", "MISC"):
            if t in by_type:
                lines.append(f"     {t:<4} " + "، ".join(by_type[t]))
    if doc.actors:
        lines.append("   actors:")
        for a in doc.actors:
            info = " ".join(x for x in (a.country, a.sector, a.title) if x)
            lines.append(f"     {a.id} {a.name} ({a.name_en or a.kind}) {info} ×{len(a.mentions)}")
    if doc.statements:
        lines.append("   who said what:")
        for s in doc.statements:
            who = actors[s.speaker].name if s.speaker in actors else "?"
            opening, closing = ("«", "»") if s.direct else ("", "")
            content = _short(s.content.text_in(text))
            lines.append(f"     {s.id} {who} — {s.cue.text_in(text)}: {opening}{content}{closing}")
    if doc.events:
        lines.append("   events:")
        for ev in doc.events:
            src = ", ".join(actors[a].name for a in ev.source if a in actors) or "—"
            tgt = ", ".join(actors[a].name for a in ev.target if a in actors) or "—"
            flags = " negated" if ev.negated else ""
            mode = f"/{ev.mode}" if ev.mode else ""
            lines.append(f"     {ev.id} {ev.type}{mode} [{ev.trigger.text_in(text)}] {src} → {tgt} {ev.date or ''}{flags}")
    if doc.places:
        lines.append("   places:")
        for p in doc.places:
            where = f"{p.lat:.3f},{p.lon:.3f}" if p.lat is not None and p.lon is not None else "unresolved"
            lines.append(f"     {p.name} ({p.name_en or '?'}) {p.country or ''} {p.geonameid or ''} {where}")
    if doc.dates:
        lines.append("   dates: " + "، ".join(f"{d.start}:{text[d.start:d.end]}={d.value}" for d in doc.dates))
    return "\n".join(lines) + "\n"
