// Building the page from data without ever parsing data as HTML: every piece of text becomes a
// text node, attributes are set one by one, and links may only point inside this site.

// Embedding, override and isolate controls would let an article reorder what is shown around it.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const SVG_NS = "http://www.w3.org/2000/svg";

export function safeText(value) {
  if (value === null || value === undefined) return "";
  return String(value).replace(BIDI_CONTROLS, "\uFFFD");
}

function internalHref(href) {
  const s = String(href);
  return s.startsWith("/") && !s.startsWith("//") ? s : s.startsWith("#") || s.startsWith("?") ? s : "#";
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.setAttribute("class", Array.isArray(value) ? value.filter(Boolean).join(" ") : value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else if (key === "href") el.setAttribute("href", internalHref(value));
    else if (key === "text") el.textContent = safeText(value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else if (child instanceof Node) el.appendChild(child);
    else el.appendChild(document.createTextNode(safeText(child)));
  }
}

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "href") el.setAttribute("href", internalHref(value));
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function docHref(docId, anchor) {
  return `/doc/${encodeURIComponent(docId)}` + (anchor ? `#${encodeURIComponent(anchor)}` : "");
}

export function actorHref(actorId) {
  return `/actors/${encodeURIComponent(actorId)}`;
}
