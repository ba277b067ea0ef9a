// Small SVG charts drawn by hand: a timeline of counts and an actor's dyad network.
import { actorHref, svg } from "./dom.js";
import { nameOf } from "./i18n.js";

const W = 720;
const H = 180;
const PAD = 28;

const DAY_MS = 86400000;

function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while ((y < ly || (y === ly && m <= lm)) && out.length < 1200) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

// A continuous series of bars, one per day, or one per month when the days would be too many.
// points: [{date: "YYYY-MM-DD" or "YYYY-MM", values: [n, ...]}] in date order.
export function bucket(points, maxBars = 120) {
  const valid = points.filter((p) => /^\d{4}-\d{2}(-\d{2})?$/.test(p.date));
  if (!valid.length) return [];
  const width = valid[0].values.length;
  const first = valid[0].date;
  const last = valid[valid.length - 1].date;
  const daily = first.length === 10 && (Date.parse(last) - Date.parse(first)) / DAY_MS < maxBars;
  const keyOf = (date) => (daily ? date : date.slice(0, 7));
  const sums = new Map();
  for (const p of valid) {
    const entry = sums.get(keyOf(p.date)) || new Array(width).fill(0);
    p.values.forEach((v, i) => (entry[i] += v));
    sums.set(keyOf(p.date), entry);
  }
  let labels;
  if (daily) {
    labels = [];
    for (let t = Date.parse(first); t <= Date.parse(last); t += DAY_MS) labels.push(new Date(t).toISOString().slice(0, 10));
  } else {
    labels = monthsBetween(first.slice(0, 7), last.slice(0, 7));
  }
  return labels.map((label) => ({ label, values: sums.get(label) || new Array(width).fill(0) }));
}

// bars: [{label, values: [n, ...]}], stacked in the order of ``series`` ([{name, cls}]).
export function timeline(bars, series) {
  const max = Math.max(1, ...bars.map((b) => b.values.reduce((x, y) => x + y, 0)));
  const width = (W - 2 * PAD) / Math.max(1, bars.length);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart timeline", role: "img", direction: "ltr" });
  chart.appendChild(svg("line", { x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD, class: "axis" }));
  bars.forEach((bar, i) => {
    let y = H - PAD;
    bar.values.forEach((value, s) => {
      if (!value) return;
      const hgt = ((H - 2 * PAD) * value) / max;
      y -= hgt;
      chart.appendChild(svg("rect", { x: PAD + i * width + 0.5, y, width: Math.max(1, width - 1), height: hgt,
        class: `bar ${series[s].cls}` }, svg("title", {}, `${bar.label}: ${value} ${series[s].name}`)));
    });
  });
  if (bars.length) {
    chart.appendChild(svg("text", { x: PAD, y: H - 8, class: "tick", "text-anchor": "start" }, bars[0].label));
    chart.appendChild(svg("text", { x: W - PAD, y: H - 8, class: "tick", "text-anchor": "end" }, bars[bars.length - 1].label));
  }
  chart.appendChild(svg("text", { x: PAD, y: PAD - 10, class: "tick", "text-anchor": "start" }, String(max)));
  return chart;
}

// An ego network: the actor in the middle, counterparts on a circle, one arrow per direction.
export function network(nodes, edges, centerId) {
  const size = 520;
  const c = size / 2;
  const r = size / 2 - 90;
  const pos = new Map();
  const others = nodes.filter((n) => n.actor_id !== centerId);
  pos.set(centerId, [c, c]);
  others.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, others.length) - Math.PI / 2;
    pos.set(n.actor_id, [c + r * Math.cos(angle), c + r * Math.sin(angle)]);
  });
  const chart = svg("svg", { viewBox: `0 0 ${size} ${size}`, class: "chart network", role: "img" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 22, refY: 5, markerWidth: 7,
      markerHeight: 7, orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead" }))));
  const maxCount = Math.max(1, ...edges.map((e) => e.count));
  for (const e of edges) {
    const a = pos.get(e.source);
    const b = pos.get(e.target);
    if (!a || !b) continue;
    const types = Object.entries(e.types).map(([k, v]) => `${k || "?"} ${v}`).join(", ");
    const cls = e.source === centerId ? "edge out" : e.target === centerId ? "edge in" : "edge among";
    chart.appendChild(svg("line", { x1: a[0], y1: a[1], x2: b[0], y2: b[1], class: cls,
      "stroke-width": 1 + (4 * e.count) / maxCount, "marker-end": "url(#arrow)" },
    svg("title", {}, `${e.count}: ${types}`)));
  }
  for (const n of nodes) {
    const [x, y] = pos.get(n.actor_id) || [c, c];
    const label = nameOf(n.name, n.name_en) + (n.code ? ` (${n.code})` : "");
    chart.appendChild(svg("a", { href: actorHref(n.actor_id), class: "node-link" },
      svg("circle", { cx: x, cy: y, r: n.actor_id === centerId ? 14 : 9, class: n.actor_id === centerId ? "node center" : "node" }),
      svg("text", { x, y: y + (n.actor_id === centerId ? 30 : 24), "text-anchor": "middle", class: "node-label" }, label)));
  }
  return chart;
}
