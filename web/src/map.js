// The events map: country borders from world-atlas as the only base layer (no tiles, no network),
// one circle per place, sized by its number of events.
import * as L from "leaflet";
import { feature } from "topojson-client";
import { h } from "./dom.js";
import { nameOf, t } from "./i18n.js";

let borders = null;

async function countries() {
  if (!borders) {
    const response = await fetch("/static/countries-110m.json");
    const topo = await response.json();
    borders = feature(topo, topo.objects.countries);
  }
  return borders;
}

export async function eventMap(container, places, onPick) {
  const map = L.map(container, { attributionControl: false, worldCopyJump: false, minZoom: 1, maxZoom: 10,
    zoomSnap: 0.5, preferCanvas: false });
  map.setView([28, 30], 3);
  L.geoJSON(await countries(), { interactive: false, style: { className: "country", weight: 0.6 } }).addTo(map);
  const max = Math.max(1, ...places.map((p) => p.count));
  const markers = [];
  for (const p of places) {
    const radius = 4 + 14 * Math.sqrt(p.count / max);
    const marker = L.circleMarker([p.lat, p.lon], { radius, className: "event-marker", weight: 1 });
    const label = h("span", {}, `${nameOf(p.place, p.place_en) || "?"}${p.country ? ` (${p.country})` : ""}: ${p.count} ${t("events")}`);
    marker.bindTooltip(label, { direction: "top" });
    if (onPick) marker.on("click", () => onPick(p));
    marker.addTo(map);
    markers.push(marker);
  }
  if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 6 });
  return map;
}
