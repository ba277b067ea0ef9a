// The events page: filters, a map of event places, a timeline, counts per type and the event table.
import { getJSON, pageParams } from "./api.js";
import { docHref, h } from "./dom.js";
import { t } from "./i18n.js";
import { eventMap } from "./map.js";
import { bucket, timeline } from "./charts.js";
import { filterForm } from "./search.js";

const FILTERS = [["type", "type"], ["source", "source"], ["target", "target"], ["place", "place"],
  ["since", "since", "date"], ["until", "until", "date"]];

function eventRow(ev) {
  const pipe = (s) => (s || "").split("|").filter(Boolean).join("، ");
  return h("tr", {},
    h("td", {}, ev.date || ""),
    h("td", {}, h("span", { class: "type" }, ev.type || ""), ev.negated ? ` (${t("negated")})` : ""),
    h("td", { dir: "rtl", lang: "ar" }, ev.trigger_text || ""),
    h("td", {}, pipe(ev.source) || "—"),
    h("td", {}, pipe(ev.target) || "—"),
    h("td", {}, ev.place || ev.place_en || "—"),
    h("td", {}, h("a", { href: docHref(ev.doc_id, `ann-trigger-${ev.event_id}`) }, ev.title || t("article"))));
}

async function eventTable(section, params) {
  const body = h("tbody", {});
  const more = h("button", { type: "button", class: "more" }, t("more"));
  section.append(h("table", { class: "events-table" },
    h("thead", {}, h("tr", {}, ["date", "type", "trigger", "source", "target", "place", "article"].map((k) => h("th", {}, t(k))))),
    body), more);
  let cursor = null;
  const load = async () => {
    more.disabled = true;
    const page = await getJSON("/api/events", { ...params, cursor, limit: 50 });
    for (const ev of page.items) body.appendChild(eventRow(ev));
    if (!body.firstChild) body.appendChild(h("tr", {}, h("td", { colspan: "7", class: "empty" }, t("nothing"))));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
  };
  more.addEventListener("click", () => load());
  await load();
}

function typeCounts(byType) {
  return h("ul", { class: "type-counts" }, byType.map((r) =>
    h("li", {}, h("a", { href: `/events?type=${encodeURIComponent(r.type || "")}` }, r.type || "?"), ` ${r.count}`)));
}

export async function renderEvents(main) {
  const params = pageParams(FILTERS.map((f) => f[0]));
  main.appendChild(filterForm("/events", FILTERS, params));
  const summary = await getJSON("/api/events/summary", params);
  const mapBox = h("div", { class: "map", id: "event-map" });
  const days = summary.by_day.map((d) => ({ date: d.date, values: [d.count] }));
  main.append(
    h("div", { class: "events-top" },
      h("section", { class: "map-section" }, h("h2", {}, t("map")), mapBox),
      h("section", { class: "summary" },
        h("h2", {}, `${t("total")}: ${summary.total}`),
        h("h3", {}, t("by_type")), typeCounts(summary.by_type))),
    h("section", { class: "timeline-section" }, h("h2", {}, t("timeline")),
      timeline(bucket(days), [{ name: t("events"), cls: "s0" }])));
  await eventMap(mapBox, summary.places, (p) => {
    const url = new URL(window.location.href);
    url.searchParams.set("place", p.geonameid ? String(p.geonameid) : p.place || "");
    window.location.assign(url.pathname + url.search);
  });
  const table = h("section", { class: "table-section" }, h("h2", {}, t("events")));
  main.appendChild(table);
  await eventTable(table, params);
}
