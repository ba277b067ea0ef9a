// The article page: the text with every extraction highlighted, details on hover or click, and
// side lists of statements and events that lead back to their spans.
import { getJSON } from "./api.js";
import { actorHref, clear, h, safeText } from "./dom.js";
import { annKey, annotationsOf, segments } from "./highlight.js";
import { currentLang, nameOf, t } from "./i18n.js";

const KINDS = ["entity", "speaker", "cue", "content", "trigger", "date"];
const STATEMENT_KINDS = ["cue", "speaker", "content"];

// Every annotation key of the record an annotation belongs to (a statement's cue, speaker and content).
function groupKeys(ann) {
  return STATEMENT_KINDS.includes(ann.kind) ? STATEMENT_KINDS.map((k) => `${k}:${ann.id}`) : [annKey(ann)];
}

function byId(items) {
  return new Map((items || []).map((item) => [item.id, item]));
}

function spanText(doc, span) {
  return span ? doc.text.slice(span.start, span.end) : "";
}

function row(label, ...value) {
  return [h("dt", {}, t(label)), h("dd", {}, ...value)];
}

class ArticleView {
  constructor(doc, links) {
    this.doc = doc;
    this.links = links || {};
    this.actors = byId(doc.actors);
    this.places = byId(doc.places);
    this.statements = byId(doc.statements);
    this.events = byId(doc.events);
    this.spans = new Map(); // annotation key -> its elements in the text
    this.pinned = null;
  }

  actorLink(actorId) {
    const actor = this.actors.get(actorId);
    if (!actor) return h("span", {}, actorId || t("unknown"));
    const label = nameOf(actor.name, actor.name_en) + (actor.code ? ` (${actor.code})` : "");
    const corpusId = this.links[actorId];
    return corpusId ? h("a", { href: actorHref(corpusId), class: "actor-link" }, label) : h("span", {}, label);
  }

  actorList(ids) {
    const items = (ids || []).map((id) => this.actorLink(id));
    if (!items.length) return [t("unknown")];
    return items.flatMap((el, i) => (i ? ["، ", el] : [el]));
  }

  placeLabel(placeId) {
    const place = this.places.get(placeId);
    if (!place) return t("unknown");
    const where = nameOf(place.name, place.name_en);
    return place.country ? `${where} (${place.country})` : where;
  }

  details(ann) {
    const head = h("h4", { class: `kind hl-${ann.kind}` }, t(`kind_${ann.kind}`));
    if (ann.kind === "entity") {
      const e = this.doc.entities.find((x) => x.id === ann.id) || {};
      return [head, h("dl", {}, row("type", e.type || ""), row("text", spanText(this.doc, e)),
        e.actor ? row("actor", this.actorLink(e.actor)) : null,
        e.place ? row("place", this.placeLabel(e.place)) : null)];
    }
    if (ann.kind === "trigger") return [head, this.eventDetails(this.events.get(ann.id) || {})];
    if (ann.kind === "date") return [head, h("dl", {}, row("text", spanText(this.doc, ann)), row("value", ann.value || t("unknown")))];
    return [head, this.statementDetails(this.statements.get(ann.id) || {})];
  }

  statementDetails(s) {
    return h("dl", {},
      row("speaker", s.speaker ? this.actorLink(s.speaker) : t("unknown")),
      row("cue", spanText(this.doc, s.cue)),
      row("content", spanText(this.doc, s.content)),
      row("mode", t(s.direct ? "direct" : "indirect")),
      row("date", s.date || (this.doc.meta || {}).date || t("unknown")));
  }

  eventDetails(v) {
    return h("dl", {},
      row("type", v.type || "", v.mode ? ` · ${v.mode}` : "", v.negated ? ` · ${t("negated")}` : ""),
      row("trigger", spanText(this.doc, v.trigger)),
      row("source", ...this.actorList(v.source)),
      row("target", ...this.actorList(v.target)),
      row("place", v.place ? this.placeLabel(v.place) : t("unknown")),
      row("date", v.date || (this.doc.meta || {}).date || t("unknown")));
  }

  textBlock() {
    const text = this.doc.text || "";
    const anns = annotationsOf(this.doc);
    this.allAnns = anns;
    const sentenceStarts = (this.doc.sentences || []).map((s) => s.start);
    const anchors = new Map(sentenceStarts.map((start, i) => [start, `s${i}`]));
    const block = h("div", { class: "article-text", dir: "rtl", lang: "ar" });
    for (const seg of segments(text, anns, sentenceStarts)) {
      if (anchors.has(seg.start)) block.appendChild(h("span", { id: anchors.get(seg.start), class: "anchor" }));
      const piece = text.slice(seg.start, seg.end);
      if (!seg.anns.length) {
        block.appendChild(document.createTextNode(safeText(piece)));
        continue;
      }
      block.append(...this.highlighted(piece, seg.anns));
    }
    block.addEventListener("mouseover", (ev) => this.hover(ev));
    block.addEventListener("click", (ev) => this.click(ev));
    return block;
  }

  highlighted(piece, anns) {
    const kinds = [...new Set(anns.map((a) => a.kind))];
    const classes = ["hl", ...kinds.map((k) => `hl-${k}`)];
    for (const a of anns) if (a.kind === "entity" && a.type) classes.push(`ent-${a.type}`);
    const el = h("span", { class: classes, tabindex: "0", title: kinds.map((k) => t(`kind_${k}`)).join(" · ") }, piece);
    el.dataset.anns = anns.map(annKey).join(" ");
    el.annotations = anns;
    const anchors = [];
    for (const a of anns) {
      const key = annKey(a);
      if (!this.spans.has(key)) {
        this.spans.set(key, []);
        anchors.push(h("span", { id: `ann-${a.kind}-${a.id}`, class: "anchor" }));
      }
      this.spans.get(key).push(el);
    }
    return [...anchors, el];
  }

  showDetails(anns) {
    clear(this.detailBox);
    if (!anns || !anns.length) {
      this.detailBox.appendChild(h("p", { class: "hint" }, t("details_hint")));
      return;
    }
    for (const a of anns) this.detailBox.appendChild(h("div", { class: "detail" }, this.details(a)));
  }

  hover(ev) {
    const el = ev.target.closest(".hl");
    if (el && !this.pinned) this.showDetails(el.annotations);
  }

  click(ev) {
    const el = ev.target.closest(".hl");
    if (!el) {
      this.pinned = null;
      for (const old of document.querySelectorAll(".focus")) old.classList.remove("focus");
      return;
    }
    this.focus(groupKeys(el.annotations[0]), el.annotations, false);
  }

  focus(keys, anns, scroll) {
    for (const old of document.querySelectorAll(".focus")) old.classList.remove("focus");
    const els = keys.flatMap((key) => this.spans.get(key) || []);
    for (const el of els) el.classList.add("focus");
    const item = document.querySelector(`[data-key="${CSS.escape(keys[0])}"]`);
    if (item) item.classList.add("focus");
    this.pinned = keys;
    this.showDetails(anns);
    if (scroll && els[0]) els[0].scrollIntoView({ block: "center", behavior: "smooth" });
  }

  sideList(titleKey, items, kind, label) {
    const list = h("ol", { class: "side-list" });
    for (const item of items) {
      const ann = this.allAnns.find((a) => a.kind === kind && a.id === item.id);
      const keys = ann ? groupKeys(ann) : [`${kind}:${item.id}`];
      const go = () => this.focus(keys, ann ? [ann] : [], true);
      list.appendChild(h("li", { class: `side-item edge-${kind}`, tabindex: "0", dataset: { key: keys[0] },
        onclick: go, onkeydown: (ev) => ev.key === "Enter" && go() }, label(item)));
    }
    return h("section", { class: "side-section" }, h("h3", {}, `${t(titleKey)} (${items.length})`), list);
  }

  actorNames(ids) {
    return (ids || []).map((id) => nameOf((this.actors.get(id) || {}).name, (this.actors.get(id) || {}).name_en)).join("، ");
  }

  statementLabel(s) {
    const content = spanText(this.doc, s.content);
    return [h("bdi", { class: "who" }, this.actorNames(s.speaker ? [s.speaker] : []) || t("unknown")), ": ",
      h("bdi", {}, `«${content.length > 90 ? `${content.slice(0, 90)}…` : content}»`)];
  }

  eventLabel(v) {
    const arrow = currentLang() === "en" ? " → " : " ← ";
    const source = this.actorNames(v.source);
    const target = this.actorNames(v.target);
    return [h("span", { class: "type" }, v.type || ""), " ",
      source || target ? [h("bdi", { class: "who" }, source || "—"), arrow, h("bdi", { class: "who" }, target || "—"), " "] : null,
      h("bdi", {}, `«${spanText(this.doc, v.trigger)}»`)];
  }

  legend() {
    return h("section", { class: "legend" }, h("h3", {}, t("legend")),
      h("ul", {}, KINDS.map((k) => h("li", {}, h("span", { class: `hl hl-${k} swatch` }, t(`kind_${k}`))))));
  }

  render(main) {
    const meta = this.doc.meta || {};
    document.title = `${safeText(meta.title || this.doc.id)} · rasd`;
    this.detailBox = h("div", { class: "details", id: "details" });
    this.showDetails(null);
    const textBlock = this.textBlock();
    const aside = h("aside", { class: "side" },
      this.legend(),
      h("section", { class: "side-section" }, h("h3", {}, t("details")), this.detailBox),
      this.sideList("statements", this.doc.statements || [], "cue", (s) => this.statementLabel(s)),
      this.sideList("events", this.doc.events || [], "trigger", (v) => this.eventLabel(v)));
    main.append(
      h("header", { class: "article-head" },
        h("h1", { dir: "auto" }, meta.title || this.doc.id),
        h("p", { class: "meta" },
          h("span", {}, `${t("date")}: ${meta.date || t("unknown")}`),
          h("span", {}, `${t("outlet")}: ${meta.source || t("unknown")}`),
          meta.url ? h("span", { class: "url", dir: "ltr" }, meta.url) : null)),
      h("div", { class: "article-layout" }, h("article", {}, textBlock), aside));
    const anchor = decodeURIComponent(window.location.hash.slice(1));
    const target = anchor && document.getElementById(anchor);
    if (target) target.scrollIntoView({ block: "center" });
  }
}

export async function renderArticle(main, docId) {
  const data = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
  new ArticleView(data.document, data.actor_links).render(main);
}
