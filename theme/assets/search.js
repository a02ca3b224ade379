// The search page: loads {lang}/search-index.json when the reader first needs it and searches it in the browser.
// Folding and ranking are those of src/Site/Text/SearchFolding.cs, step for step: change both together.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var MARK = /\p{Mn}/gu;
  var WEIGHT = { t: 10, s: 3, h: 5, k: 3, b: 1 }; // title, summary, headings, keys, body
  var MAX_RESULTS = 20;

  // "Exact" form: lower-case, NFC (a phone may send NFD). Folded form: also no combining marks, đ → d.
  function lower(text) { return text.toLowerCase().normalize("NFC"); }
  function fold(text) { return text.toLowerCase().normalize("NFD").replace(/đ/g, "d").replace(MARK, "").normalize("NFC"); }
  function tokens(text) { return lower(text).match(WORD) || []; }

  // 4 same word as typed, 3 same word folded, 2 prefix as typed, 1 prefix folded, 0 none.
  function match(word, token) {
    if (token.e === word.e) { return 4; }
    if (token.f === word.f) { return 3; }
    if (token.e.lastIndexOf(word.e, 0) === 0) { return 2; }
    return token.f.lastIndexOf(word.f, 0) === 0 ? 1 : 0;
  }

  // Words of a text as shared {e, f} objects, so that each distinct word is compared once per query.
  function vocabulary() {
    var known = new Map();
    return function (text) {
      return tokens(text || "").map(function (e) {
        var t = known.get(e);
        if (!t) { t = { e: e, f: fold(e), g: -1, q: null }; known.set(e, t); }
        return t;
      });
    };
  }

  function queryWords(query) {
    var seen = new Set();
    return tokens(query).filter(function (e) { return !seen.has(e) && seen.add(e); }).map(function (e) { return { e: e, f: fold(e) }; });
  }

  var generation = 0;
  function qualities(words, token) {
    if (token.g !== generation) {
      token.g = generation;
      token.q = words.map(function (w) { return match(w, token); });
    }
    return token.q;
  }

  // Each query word's best weighted match, summed; null when a word matches nowhere (several words narrow).
  function rank(words, fields) {
    var best = words.map(function () { return 0; });
    var frequency = 0;
    fields.forEach(function (field) {
      field[1].forEach(function (token) {
        qualities(words, token).forEach(function (q, i) {
          if (q > 0) { frequency++; best[i] = Math.max(best[i], field[0] * q); }
        });
      });
    });
    if (!words.length || best.indexOf(0) >= 0) { return null; }
    return { score: best.reduce(function (a, b) { return a + b; }, 0), frequency: frequency };
  }

  // The same entry point as SearchFolding.Score(query, fields), for checking that both agree.
  function score(query, fields) {
    var words = queryWords(query);
    var v = vocabulary();
    generation++;
    return rank(words, [[WEIGHT.t, v(fields.title)], [WEIGHT.s, v(fields.summary)], [WEIGHT.h, v(fields.headings)], [WEIGHT.k, v(fields.keys)], [WEIGHT.b, v(fields.body)]]);
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { lower: lower, fold: fold, tokens: tokens, score: score };
  }
  if (typeof document === "undefined") { return; }

  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) { return; }
  var indexUrl = new URL(input.getAttribute("data-index"), document.baseURI);
  var entries = null;
  var loading = null;
  var timer = 0;

  function load() {
    if (!loading) {
      loading = fetch(indexUrl.href).then(function (response) {
        if (!response.ok) { throw new Error(response.status + " " + indexUrl.href); }
        return response.json();
      }).then(function (index) {
        var v = vocabulary();
        var root = new URL(index.r || "../", indexUrl);
        entries = index.p.map(function (p) {
          var chunks = (p.c || []).map(function (c) { return { a: c[0], h: c[1], text: c[2], ht: v(c[1]), bt: v(c[2]) }; });
          return {
            url: new URL(p.u, root).href, title: p.t, summary: p.s || "", where: p.w || "", keys: p.k || [], chunks: chunks,
            fields: [[WEIGHT.t, v(p.t)], [WEIGHT.s, v(p.s)], [WEIGHT.h, [].concat.apply([], chunks.map(function (c) { return c.ht; }))],
              [WEIGHT.k, v((p.k || []).join(" "))], [WEIGHT.b, [].concat.apply([], chunks.map(function (c) { return c.bt; }))]]
          };
        });
      });
      loading.catch(function (error) { loading = null; if (window.console) { console.error("search index:", error); } });
    }
    return loading;
  }

  // The chunk (heading and the text under it) where the words match best: most words, best matches, most often.
  function bestChunk(words, entry) {
    var best = null;
    entry.chunks.forEach(function (chunk) {
      var found = words.map(function () { return 0; });
      var count = 0;
      chunk.ht.concat(chunk.bt).forEach(function (token) {
        qualities(words, token).forEach(function (q, i) { if (q > 0) { count++; found[i] = Math.max(found[i], q); } });
      });
      var key = [found.filter(Boolean).length, found.reduce(function (a, b) { return a + b; }, 0), count];
      if (count && (!best || key[0] > best.key[0] || key[0] === best.key[0] && (key[1] > best.key[1] || key[1] === best.key[1] && key[2] > best.key[2]))) {
        best = { chunk: chunk, key: key };
      }
    });
    return best && best.chunk;
  }

  function matches(words, text) {
    return words.some(function (w) { return match(w, { e: lower(text), f: fold(text) }) > 0; });
  }

  // Appends text to an element, matched words in <mark>; text nodes only, never HTML from the index.
  function highlight(element, text, words) {
    var last = 0;
    text.replace(WORD, function (word, at) {
      if (matches(words, word)) {
        element.appendChild(document.createTextNode(text.slice(last, at)));
        var mark = document.createElement("mark");
        mark.textContent = word;
        element.appendChild(mark);
        last = at + word.length;
      }
      return word;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  function excerpt(words, text) {
    var first = -1;
    text.replace(WORD, function (word, at) { if (first < 0 && matches(words, word)) { first = at; } return word; });
    var start = Math.max(0, first - 60);
    if (start > 0) { start = text.indexOf(" ", start) + 1 || start; }
    var end = Math.min(text.length, start + 220);
    if (end < text.length) { end = text.lastIndexOf(" ", end) > start ? text.lastIndexOf(" ", end) : end; }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function search() {
    var query = input.value;
    var words = queryWords(query);
    list.textContent = "";
    if (!words.length || !entries) { status.textContent = ""; return; }
    generation++;
    var found = [];
    entries.forEach(function (entry) {
      var r = rank(words, entry.fields);
      if (r) { found.push({ entry: entry, r: r }); }
    });
    found.sort(function (a, b) { return b.r.score - a.r.score || b.r.frequency - a.r.frequency || (a.entry.url < b.entry.url ? -1 : 1); });
    found.slice(0, MAX_RESULTS).forEach(function (result) {
      var entry = result.entry;
      var chunk = bestChunk(words, entry);
      var inTitle = rank(words, [entry.fields[0]]) !== null;
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.url + (chunk && chunk.a && !inTitle ? "#" + encodeURIComponent(chunk.a) : "");
      highlight(link, entry.title + (chunk && chunk.a && !inTitle ? " › " + chunk.h : ""), words);
      item.appendChild(link);
      if (entry.where) {
        var where = document.createElement("span");
        where.className = "where";
        where.textContent = entry.where;
        item.appendChild(where);
      }
      var keys = entry.keys.filter(function (k) { return tokens(k).some(function (e) { return matches(words, e); }); });
      var text = chunk && chunk.bt.some(function (t) { return qualities(words, t).some(Boolean); }) ? chunk.text
        : keys.length ? keys.join(" · ") : entry.summary || (entry.chunks[0] ? entry.chunks[0].text : "");
      if (text) {
        var p = document.createElement("p");
        highlight(p, excerpt(words, text), words);
        item.appendChild(p);
      }
      list.appendChild(item);
    });
    status.textContent = found.length
      ? (input.getAttribute("data-results") || "{n}").replace("{n}", String(found.length))
      : input.getAttribute("data-no-results") || "";
  }

  function run() {
    var url = new URL(location.href);
    if (input.value.trim()) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
    history.replaceState(history.state, "", url.href);
    load().then(search, function () {});
  }

  function clear() {
    input.value = "";
    run();
    input.focus();
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("li > a")); }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 80); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && links().length) { event.preventDefault(); links()[0].focus(); }
    else if (event.key === "Escape") { event.preventDefault(); clear(); }
  });
  list.addEventListener("keydown", function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at >= 0) { event.preventDefault(); (all[at + 1] || all[at]).focus(); }
    else if (event.key === "ArrowUp" && at >= 0) { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
    else if (event.key === "Escape") { event.preventDefault(); clear(); }
  });
  if (input.form) {
    input.form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
  }
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
