// Our split search index against Pagefind's, on one built site that holds both (Pagefind's bundle in SITE/pagefind/,
// written by `pagefind --site SITE`). Run by the benchmark (--search); by hand:
//   node tests/Site.Benchmarks/search-compare.mjs SITE LANG QUERIES.json theme/assets/search.js
// QUERIES.json: [{ "query": "…", "expected": "vi/…/" (optional) }]. For each query, a fresh instance of each search
// answers it as a first query in a browser would: ours reads its head, the word chunks and the shown pages; Pagefind
// its entry, metadata, WebAssembly, index chunks and the shown pages' fragments. Both show 10 results. Bytes are as
// transferred: ours gzip-compressed as a static host sends JSON (raw in brackets), Pagefind's files as stored (they
// are compressed already), scripts included (search.js; pagefind.js), each counted once per query.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [site, language, queriesFile, ourScript] = process.argv.slice(2);
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
const SHOWN = 10;
const gzip = (bytes) => zlib.gzipSync(bytes, { level: 6 }).length;
const kb = (n) => (n / 1024).toFixed(1);

function folderBytes(folder, keep = () => true) {
  if (!fs.existsSync(folder)) { return { bytes: 0, files: 0 }; }
  let bytes = 0, files = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && keep(entry.name)) { bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size; files++; }
  }
  return { bytes, files };
}

const ours = createRequire(import.meta.url)(path.resolve(ourScript));
const ourScriptBytes = fs.readFileSync(ourScript);

async function ourFirstQuery(query) {
  let raw = ourScriptBytes.length, zipped = gzip(ourScriptBytes), files = 1;
  const read = (relative) => {
    const bytes = fs.readFileSync(path.join(site, language, relative.split("?")[0]));
    raw += bytes.length; zipped += gzip(bytes); files++;
    return Promise.resolve(JSON.parse(bytes.toString("utf8")));
  };
  const engine = ours.createSearch(() => read("search-index.json"), read);
  const result = await engine.query(query);
  const shown = await engine.entries(result.found.slice(0, SHOWN).map((f) => f.page));
  return { first: shown[0] ? shown[0].u : "", total: result.found.length, raw, zipped, files };
}

let pagefindInstance = 0;
async function pagefindFirstQuery(query) {
  let bytes = 0, files = 0;
  globalThis.fetch = async (url) => {
    const target = new URL(String(url), "http://site.test/");
    const data = fs.readFileSync(path.join(site, decodeURIComponent(target.pathname)));
    bytes += data.length; files++;
    return { ok: true, status: 200, json: async () => JSON.parse(data), text: async () => data.toString(), arrayBuffer: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.length) };
  };
  globalThis.document = { querySelector: () => ({ getAttribute: (name) => (name === "lang" ? language : null) }), documentElement: { lang: language, getAttribute: () => language }, currentScript: null };
  const script = path.join(site, "pagefind", "pagefind.js");
  const scriptBytes = fs.readFileSync(script);
  bytes += gzip(scriptBytes); files++;
  const pagefind = await import(pathToFileURL(script).href + "?instance=" + pagefindInstance++);
  await pagefind.options({ basePath: "http://site.test/pagefind/" });
  await pagefind.init();
  const search = await pagefind.search(query);
  const shown = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  const first = shown[0] ? new URL(shown[0].url, "http://site.test/").pathname.replace(/^\//, "") : "";
  await pagefind.destroy?.();
  return { first, total: search.results.length, bytes, files };
}

const ourIndex = folderBytes(path.join(site, language, "search-index"));
ourIndex.bytes += fs.statSync(path.join(site, language, "search-index.json")).size; ourIndex.files++;
const theirs = folderBytes(path.join(site, "pagefind"), (name) => name.startsWith(language + "_") || name.includes("." + language + "_") || name.includes("." + language + "."));
console.log(`index (${language}): ours ${kb(ourIndex.bytes)} KB in ${ourIndex.files} files; Pagefind ${kb(theirs.bytes)} KB in ${theirs.files} files (its files for this language, compressed)`);
console.log(`| query | ours: first result | matches | first-query KB gzip (raw) | files | Pagefind: first result | matches | first-query KB | files | same first |${queries.some((q) => q.expected) ? " expected found (ours / Pagefind) |" : ""}`);
console.log(`|---|---|---:|---:|---:|---|---:|---:|---:|---|${queries.some((q) => q.expected) ? "---|" : ""}`);
let same = 0, oursRight = 0, theirsRight = 0;
const ourBytes = [], theirBytes = [];
for (const { query, expected } of queries) {
  const a = await ourFirstQuery(query);
  const b = await pagefindFirstQuery(query);
  same += a.first === b.first ? 1 : 0;
  oursRight += expected && a.first === expected ? 1 : 0;
  theirsRight += expected && b.first === expected ? 1 : 0;
  ourBytes.push(a.zipped); theirBytes.push(b.bytes);
  console.log(`| ${query} | ${a.first} | ${a.total} | ${kb(a.zipped)} (${kb(a.raw)}) | ${a.files} | ${b.first} | ${b.total} | ${kb(b.bytes)} | ${b.files} | ${a.first === b.first ? "yes" : "no"} |${expected ? ` ${a.first === expected ? "yes" : "NO"} / ${b.first === expected ? "yes" : "NO"} |` : ""}`);
}
const median = (values) => { const s = [...values].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`same first result: ${same}/${queries.length}; first-query KB, median (max): ours ${kb(median(ourBytes))} (${kb(Math.max(...ourBytes))}) gzip, Pagefind ${kb(median(theirBytes))} (${kb(Math.max(...theirBytes))})` +
  (queries.some((q) => q.expected) ? `; expected first result found: ours ${oursRight}/${queries.length}, Pagefind ${theirsRight}/${queries.length}` : ""));
