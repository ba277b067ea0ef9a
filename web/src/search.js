// The search page: full-text search over sentences, or the latest documents when there is no query.
import { getJSON, pageParams } from "./api.js";
import { docHref, h } from "./dom.js";
import { t } from "./i18n.js";

export function filterForm(action, fields, values) {
  const inputs = fields.map(([name, label, type]) =>
    h("label", {}, h("span", {}, t(label)),
      h("input", { name, type: type || "text", value: values[name] || "", dir: "auto" })));
  return h("form", { class: "filters", method: "get", action, role: "search" },
    inputs, h("button", { type: "submit" }, t(action === "/" ? "go" : "filter")));
}

// A list that shows one page and a "more" button that appends the next one.
export async function pagedList(container, fetchPage, renderItem) {
  const list = h("ol", { class: "results" });
  const more = h("button", { type: "button", class: "more" }, t("more"));
  container.append(list, more);
  let cursor = null;
  const load = async () => {
    more.disabled = true;
    const page = await fetchPage(cursor);
    for (const item of page.items) list.appendChild(renderItem(item));
    if (!list.firstChild) list.appendChild(h("li", { class: "empty" }, t("nothing")));
    cursor = page.next_cursor;
    more.hidden = !cursor;
    more.disabled = false;
  };
  more.addEventListener("click", () => load().catch((err) => container.append(h("p", { class: "error" }, err.message))));
  await load();
}

function hit(item) {
  return h("li", { class: "hit" },
    h("a", { href: docHref(item.doc_id, `s${item.sentence}`), class: "title" }, item.title || item.doc_id),
    h("span", { class: "date" }, item.date || ""),
    h("p", { class: "sentence", dir: "rtl", lang: "ar" }, item.text));
}

function docItem(item) {
  return h("li", { class: "doc" },
    h("a", { href: docHref(item.doc_id), class: "title" }, item.title || item.doc_id),
    h("span", { class: "date" }, item.date || ""),
    h("span", { class: "source" }, item.source || ""),
    h("span", { class: "counts" },
      `${t("statements")}: ${item.statements ?? 0} · ${t("events")}: ${item.events ?? 0}`));
}

export async function renderSearch(main) {
  const params = pageParams(["q", "since", "until"]);
  main.appendChild(filterForm("/", [["q", "query", "search"], ["since", "since", "date"], ["until", "until", "date"]], params));
  const section = h("section", { class: "listing" });
  main.appendChild(section);
  if (params.q) {
    section.appendChild(h("h2", {}, t("results")));
    await pagedList(section, (cursor) => getJSON("/api/search", { ...params, cursor, limit: 20 }), hit);
  } else {
    section.appendChild(h("h2", {}, t("latest")));
    const dates = { since: params.since, until: params.until };
    await pagedList(section, (cursor) => getJSON("/api/documents", { ...dates, cursor, limit: 20 }), docItem);
  }
}
