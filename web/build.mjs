// Builds the explorer into src/rasd/web/static/ (or the folder given as the first argument):
// app.js (our modules with Leaflet and topojson-client bundled), app.css (Leaflet's CSS and ours)
// and countries-110m.json (the world-atlas borders, the map's only base layer: no tiles, no network).
import { build } from "esbuild";
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || resolve(here, "../src/rasd/web/static"));
const modules = resolve(here, "node_modules");

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await build({
  entryPoints: [resolve(here, "src/main.js")],
  bundle: true,
  format: "esm",
  target: "es2020",
  minify: true,
  legalComments: "linked",
  outfile: resolve(out, "app.js"),
  logLevel: "warning",
});

const css = await Promise.all([
  readFile(resolve(modules, "leaflet/dist/leaflet.css"), "utf8"),
  readFile(resolve(here, "src/app.css"), "utf8"),
]);
await writeFile(resolve(out, "app.css"), css.join("\n"));
await copyFile(resolve(modules, "world-atlas/countries-110m.json"), resolve(out, "countries-110m.json"));
await writeFile(resolve(out, ".gitignore"), "*\n");
console.log(`explorer built in ${out}`);
