// The actors list and one actor's page: profile, statements by and about, whom they talk about,
// their events over time and their dyad network.
import { getJSON, pageParams } from "./api.js";
import { actorHref, docHref, h } from "./dom.js";
import { nameOf, t } from "./i18n.js";
import { bucket, network, timeline } from "./charts.js";
import { filterForm, pagedList } from "./search.js";

export async function renderActors(main) {
  const fields = [["name", "name"], ["country", "country"], ["sector", "sector"]];
  const params = pageParams(fields.map((f) => f[0]));
  main.appendChild(filterForm("/actors", fields, params));
  const section = h("section", { class: "listing" }, h("h2", {}, t("nav_actors")));
  main.appendChild(section);
  await pagedList(section, (cursor) => getJSON("/api/actors", { ...params, cursor, limit: 50 }), (a) =>
    h("li", { class: "actor-item" },
      h("a", { href: actorHref(a.actor_id), class: "title" }, nameOf(a.name, a.name_en)),
      h("span", { class: "code" }, a.code || ""),
      h("span", { class: "counts" }, `${a.documents} ${t("documents")} · ${a.mentions} ${t("mentions")}`)));
}

function statementItem(s, showSpeaker) {
  return h("li", { class: "statement" },
    showSpeaker ? h("span", { class: "speaker" }, nameOf(s.speaker, s.speaker_en) || t("unknown"), ": ") : null,
    h("span", { class: "cue", dir: "rtl", lang: "ar" }, s.cue || ""), " ",
    h("q", { dir: "rtl", lang: "ar" }, s.content || ""), " ",
    h("a", { href: docHref(s.doc_id, `ann-cue-${s.statement_id}`), class: "date" }, s.date || t("article")));
}

function section(titleKey, ...content) {
  return h("section", { class: "profile-section" }, h("h2", {}, t(titleKey)), ...content);
}

function listOrNothing(items, render) {
  return items.length ? h("ol", { class: "results" }, items.map(render)) : h("p", { class: "empty" }, t("nothing"));
}

function profileHead(a) {
  const fact = (key, value) => (value ? [h("dt", {}, t(key)), h("dd", {}, value)] : null);
  return h("header", { class: "profile-head" },
    h("h1", {}, nameOf(a.name, a.name_en)),
    a.name_en && nameOf(a.name, a.name_en) !== a.name_en ? h("p", { class: "alt", dir: "ltr" }, a.name_en) : null,
    h("dl", { class: "facts" }, fact("kind", a.kind), fact("code", a.code), fact("country", a.country),
      fact("sector", a.sector), fact("wikidata", a.wikidata), fact("documents", String(a.documents)),
      fact("mentions", String(a.mentions))));
}

function eventItem(ev) {
  return h("li", {}, h("span", { class: "type" }, ev.type || ""), ` (${t(ev.role === "source" ? "as_source" : "as_target")}) `,
    h("span", { dir: "rtl", lang: "ar" }, ev.trigger_text || ""), " · ",
    h("a", { href: docHref(ev.doc_id, `ann-trigger-${ev.event_id}`) }, ev.date || t("article")));
}

export async function renderActor(main, actorId) {
  const p = await getJSON(`/api/actors/${encodeURIComponent(actorId)}`);
  document.title = `${nameOf(p.actor.name, p.actor.name_en)} · rasd`;
  const bars = bucket(p.timeline.map((m) => ({ date: m.month, values: [m.source, m.target] })));
  main.append(
    profileHead(p.actor),
    h("div", { class: "profile-grid" },
      section("over_time", timeline(bars, [{ name: t("as_source"), cls: "s0" }, { name: t("as_target"), cls: "s1" }]),
        h("p", { class: "chart-legend" }, h("span", { class: "key s0" }, t("as_source")), h("span", { class: "key s1" }, t("as_target")))),
      section("network", network(p.network.nodes, p.network.edges, p.actor.actor_id))),
    section("said_by", listOrNothing(p.statements_by, (s) => statementItem(s, false))),
    section("said_about", listOrNothing(p.statements_about, (s) => statementItem(s, true))),
    section("talks_about", listOrNothing(p.talks_about, (a) =>
      h("li", {}, h("a", { href: actorHref(a.actor_id) }, nameOf(a.name, a.name_en)), ` ${a.code ? `(${a.code}) ` : ""}× ${a.n}`))),
    section("events", listOrNothing(p.events, eventItem)));
}
