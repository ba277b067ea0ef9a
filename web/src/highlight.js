// Cutting an article into runs of text, each covered by the same set of annotations, so that
// overlapping spans (an entity inside a statement's content, a trigger inside a cue) all show.

const ORDER = ["trigger", "cue", "speaker", "entity", "date", "content"]; // innermost first in details

export function annotationsOf(doc) {
  const text = doc.text || "";
  const inside = (s) => s && Number.isInteger(s.start) && Number.isInteger(s.end) &&
    s.start >= 0 && s.end <= text.length && s.start < s.end;
  const out = [];
  const add = (kind, id, span, extra) => {
    if (inside(span)) out.push({ kind, id, start: span.start, end: span.end, ...extra });
  };
  for (const e of doc.entities || []) add("entity", e.id, e, { type: e.type });
  for (const s of doc.statements || []) {
    add("content", s.id, s.content);
    add("cue", s.id, s.cue);
    add("speaker", s.id, s.speaker_mention);
  }
  for (const v of doc.events || []) add("trigger", v.id, v.trigger, { type: v.type });
  (doc.dates || []).forEach((d, i) => add("date", `D${i + 1}`, d, { value: d.value }));
  return out;
}

// [{start, end, anns: [...]}] covering the whole text in order; anns sorted innermost first.
export function segments(text, anns, extraCuts = []) {
  const cuts = new Set([0, text.length]);
  for (const c of extraCuts) if (c > 0 && c < text.length) cuts.add(c);
  for (const a of anns) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const starts = [...anns].sort((x, y) => x.start - y.start);
  const out = [];
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    while (next < starts.length && starts[next].start <= a) active.push(starts[next++]);
    active = active.filter((ann) => ann.end > a);
    const covering = active.filter((ann) => ann.start <= a && ann.end >= b);
    covering.sort((x, y) => ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind) || (x.end - x.start) - (y.end - y.start));
    out.push({ start: a, end: b, anns: covering });
  }
  return out;
}

export function annKey(ann) {
  return `${ann.kind}:${ann.id}`;
}
