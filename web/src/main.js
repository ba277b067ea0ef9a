// The explorer: one script for every page; the page is chosen by the address.
import { renderActor, renderActors } from "./actors.js";
import { renderArticle } from "./article.js";
import { clear, h } from "./dom.js";
import { renderEvents } from "./events.js";
import { applyLang, currentLang, setLang, t } from "./i18n.js";
import { renderSearch } from "./search.js";

function route(path) {
  const doc = path.match(/^\/doc\/([^/]+)\/?$/);
  if (doc) return (main) => renderArticle(main, decodeURIComponent(doc[1]));
  const actor = path.match(/^\/actors\/([^/]+)\/?$/);
  if (actor) return (main) => renderActor(main, decodeURIComponent(actor[1]));
  if (path === "/events" || path === "/events/") return renderEvents;
  if (path === "/actors" || path === "/actors/") return renderActors;
  return renderSearch;
}

function header() {
  const here = window.location.pathname;
  const link = (href, key, active) => h("a", { href, class: active ? "active" : null }, t(key));
  return h("header", { class: "top" },
    h("a", { href: "/", class: "brand" }, t("brand")),
    h("span", { class: "tagline" }, t("tagline")),
    h("nav", {},
      link("/", "nav_search", here === "/" || here.startsWith("/search")),
      link("/events", "nav_events", here.startsWith("/events")),
      link("/actors", "nav_actors", here.startsWith("/actors"))),
    h("button", { type: "button", class: "lang", id: "lang-toggle", onclick: () => {
      setLang(currentLang() === "en" ? "ar" : "en");
      start();
    } }, t("toggle")));
}

export function showError(main, err) {
  main.appendChild(h("p", { class: "error", role: "alert" }, `${t("error")}: ${err.message || err}`));
}

function start() {
  applyLang();
  const root = clear(document.getElementById("app"));
  const main = h("main", { id: "main" });
  root.append(header(), main);
  Promise.resolve(route(window.location.pathname)(main)).catch((err) => showError(main, err));
}

start();
