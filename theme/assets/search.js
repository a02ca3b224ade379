// The search page. The index is split (src/Site/Publishing/SearchIndexBuilder.cs describes its files): a query
// downloads the index's small head once, then only the word chunks its words can match and the pages of the
// results it shows. Text is compared in two forms: "exact" (lower-cased, NFC: diacritics kept) and "folded" (also
// without combining marks, đ → d), so that "doan thanh nien" finds "Đoàn Thanh niên" while a reader who types
// "Đoàn" sees the pages that spell it so first.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var MARK = /\p{Mn}/gu;
  var WEIGHTS = [10, 5, 3, 1]; // title, heading, summary or row label, body: a posting names the heaviest field of its word
  var DIGITS = "0123456789abcdefghijklmnopqrstuv"; // ends a base-32 number in the postings
  var MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-"; // a base-32 digit that more digits follow
  var PAGE = 10; // results shown at once; the "more" button shows the next ones
  // A one-letter word matches whole words only: as a prefix ("t…") it would download a large part of the index.
  var MIN_PREFIX = 2;

  function lower(text) { return text.toLowerCase().normalize("NFC"); }
  function fold(text) { return text.toLowerCase().normalize("NFD").replace(/đ/g, "d").replace(MARK, "").normalize("NFC"); }
  function tokens(text) { return lower(text).match(WORD) || []; }

  // 4 same word as typed, 3 same word folded, 2 prefix as typed, 1 prefix folded, 0 none.
  function match(word, token) {
    if (token.e === word.e) { return 4; }
    if (token.f === word.f) { return 3; }
    if (word.f.length < MIN_PREFIX) { return 0; }
    if (token.e.lastIndexOf(word.e, 0) === 0) { return 2; }
    return token.f.lastIndexOf(word.f, 0) === 0 ? 1 : 0;
  }

  function queryWords(query) {
    var seen = new Set();
    return tokens(query).filter(function (e) { return !seen.has(e) && seen.add(e); }).map(function (e) { return { e: e, f: fold(e) }; });
  }

  // The word chunks that can hold a word's matches: chunk i holds the folded words from starts[i] up to starts[i + 1].
  function chunksFor(starts, word) {
    var needed = [];
    var upper = word.f.length < MIN_PREFIX ? word.f : word.f + "\uffff";
    starts.forEach(function (start, i) {
      if (start <= upper && (i + 1 === starts.length || starts[i + 1] > word.f)) { needed.push(i); }
    });
    return needed;
  }

  var VALUE = {};
  DIGITS.split("").forEach(function (c, i) { VALUE[c] = i; });
  MORE.split("").forEach(function (c, i) { VALUE[c] = 32 + i; });

  // Postings: pairs of numbers (distance from the previous page, less one; (occurrences - 1) × 4 + field).
  function decode(text) {
    var numbers = [];
    var n = 0;
    for (var i = 0; i < text.length; i++) {
      var v = VALUE[text.charAt(i)];
      if (v >= 32) { n = n * 32 + v - 32; } else { numbers.push(n * 32 + v); n = 0; }
    }
    var pages = [];
    var codes = [];
    var page = -1;
    for (var j = 0; j + 1 < numbers.length; j += 2) {
      page += numbers[j] + 1;
      pages.push(page);
      codes.push(numbers[j + 1]);
    }
    return { pages: pages, codes: codes };
  }

  // Words of a text as shared {e, f} objects, so that each distinct word is compared once per query.
  var known = new Map();
  function vocabulary(text) {
    return tokens(text || "").map(function (e) {
      var t = known.get(e);
      if (!t) { t = { e: e, f: fold(e), g: -1, q: null }; known.set(e, t); }
      return t;
    });
  }

  var generation = 0;
  function qualities(words, token) {
    if (token.g !== generation) {
      token.g = generation;
      token.q = words.map(function (w) { return match(w, token); });
    }
    return token.q;
  }

  // The search over one language's index. head() gives the index's head, part(path) a file beside it; both promise JSON.
  function createSearch(head, part) {
    var loading = null;
    var index = null;
    var chunks = [];
    var pages = [];

    function load() {
      if (!loading) {
        loading = head().then(function (h) { index = h; return h; });
        loading.catch(function () { loading = null; });
      }
      return loading;
    }

    function file(name) { return part("search-index/" + name + ".json?h=" + index.h); }

    function chunk(i) {
      if (!chunks[i]) {
        chunks[i] = file("w" + i).then(function (forms) {
          return forms.map(function (form) { return { e: form[0], f: fold(form[0]), p: form[1], d: null }; });
        });
        chunks[i].catch(function () { chunks[i] = null; });
      }
      return chunks[i];
    }

    // Each query word's best weighted match on a page, summed; a page must match every word (several words narrow).
    // Ties go to the page where the words occur most often, then to the first URL.
    function rank(words, forms) {
      var n = index.n;
      var total = new Int32Array(n);
      var frequency = new Int32Array(n);
      var matched = new Int32Array(n);
      words.forEach(function (word, w) {
        var best = new Int32Array(n);
        forms[w].forEach(function (form) {
          var q = match(word, form);
          if (!q) { return; }
          form.d = form.d || decode(form.p);
          for (var k = 0; k < form.d.pages.length; k++) {
            var page = form.d.pages[k];
            var code = form.d.codes[k];
            best[page] = Math.max(best[page], WEIGHTS[code & 3] * q);
            frequency[page] += (code >> 2) + 1;
          }
        });
        for (var page = 0; page < n; page++) {
          if (best[page] > 0) { total[page] += best[page]; matched[page]++; }
        }
      });
      var found = [];
      for (var page = 0; page < n; page++) {
        if (matched[page] === words.length) { found.push({ page: page, score: total[page], frequency: frequency[page] }); }
      }
      return found.sort(function (a, b) { return b.score - a.score || b.frequency - a.frequency || a.page - b.page; });
    }

    // Promises { words, found: [{ page, score, frequency }] }, best first.
    function query(text) {
      var words = queryWords(text);
      if (!words.length) { return Promise.resolve({ words: words, found: [] }); }
      return load().then(function () {
        return Promise.all(words.map(function (word) {
          return Promise.all(chunksFor(index.c, word).map(chunk)).then(function (parts) { return [].concat.apply([], parts); });
        }));
      }).then(function (forms) { return { words: words, found: rank(words, forms) }; });
    }

    // Promises the entries of the given pages: { u (site-relative URL), title, summary, where, keys, chunks }.
    function entries(numbers) {
      return Promise.all(numbers.map(function (number) {
        if (!pages[number]) {
          pages[number] = file("p" + number).then(function (p) {
            var parts = (p.c || []).map(function (c) { return { a: c[0], h: c[1], text: c[2], ht: vocabulary(c[1]), bt: vocabulary(c[2]) }; });
            return { u: p.u, title: p.t, summary: p.s || "", where: p.w || "", keys: p.k || [], chunks: parts, tt: vocabulary(p.t) };
          });
          pages[number].catch(function () { pages[number] = null; });
        }
        return pages[number];
      }));
    }

    return { load: load, query: query, entries: entries, root: function () { return index.r || "../"; } };
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

  // What a result shows: the heading it links to (unless every word is in the title) and the text to quote.
  function describe(words, entry) {
    generation++;
    var chunk = bestChunk(words, entry);
    var inTitle = words.every(function (w, i) { return entry.tt.some(function (t) { return qualities(words, t)[i] > 0; }); });
    var anchor = chunk && chunk.a && !inTitle ? chunk.a : "";
    var keys = entry.keys.filter(function (k) { return tokens(k).some(function (e) { return matches(words, e); }); });
    var text = chunk && chunk.bt.some(function (t) { return qualities(words, t).some(Boolean); }) ? chunk.text
      : keys.length ? keys.join(" · ") : entry.summary || (entry.chunks[0] ? entry.chunks[0].text : "");
    return { anchor: anchor, label: entry.title + (anchor ? " › " + chunk.h : ""), text: text };
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

  if (typeof module === "object" && module.exports) {
    module.exports = { lower: lower, fold: fold, tokens: tokens, createSearch: createSearch, describe: describe, excerpt: excerpt };
  }
  if (typeof document === "undefined") { return; }

  var input = document.getElementById("search-input");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) { return; }
  var indexUrl = new URL(input.getAttribute("data-index"), document.baseURI);
  function json(url) {
    return fetch(url.href).then(function (response) {
      if (!response.ok) { throw new Error(response.status + " " + url.href); }
      return response.json();
    });
  }
  var engine = createSearch(function () { return json(indexUrl); }, function (path) { return json(new URL(path, indexUrl)); });
  var more = document.createElement("button");
  more.type = "button";
  more.className = "search-more";
  more.hidden = true;
  more.textContent = input.getAttribute("data-more") || "";
  list.parentNode.insertBefore(more, list.nextSibling);
  var current = null; // the query on screen: { words, found, shown }
  var timer = 0;

  function failed(error) { if (window.console) { console.error("search index:", error); } }

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

  function item(words, entry) {
    var shown = describe(words, entry);
    var li = document.createElement("li");
    var link = document.createElement("a");
    link.href = new URL(entry.u, new URL(engine.root(), indexUrl)).href + (shown.anchor ? "#" + encodeURIComponent(shown.anchor) : "");
    highlight(link, shown.label, words);
    li.appendChild(link);
    if (entry.where) {
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = entry.where;
      li.appendChild(where);
    }
    if (shown.text) {
      var p = document.createElement("p");
      highlight(p, excerpt(words, shown.text), words);
      li.appendChild(p);
    }
    return li;
  }

  // Shows the next PAGE results of the query on screen; focus moves to the first of them when asked.
  function showMore(focus) {
    var result = current;
    var next = result.found.slice(result.shown, result.shown + PAGE);
    return engine.entries(next.map(function (f) { return f.page; })).then(function (found) {
      if (result !== current) { return; }
      var items = found.map(function (entry) { return item(result.words, entry); });
      items.forEach(function (li) { list.appendChild(li); });
      result.shown += next.length;
      more.hidden = result.shown >= result.found.length;
      if (focus && items.length) { items[0].querySelector("a").focus(); }
    });
  }

  function search() {
    var asked = input.value;
    return engine.query(asked).then(function (result) {
      if (input.value !== asked) { return; }
      current = { words: result.words, found: result.found, shown: 0 };
      list.textContent = "";
      more.hidden = true;
      status.textContent = !result.words.length ? ""
        : result.found.length ? (input.getAttribute("data-results") || "{n}").replace("{n}", String(result.found.length))
        : input.getAttribute("data-no-results") || "";
      return showMore(false);
    });
  }

  function run() {
    var url = new URL(location.href);
    if (input.value.trim()) { url.searchParams.set("q", input.value); } else { url.searchParams.delete("q"); }
    history.replaceState(history.state, "", url.href);
    search().catch(failed);
  }

  function clear() {
    input.value = "";
    run();
    input.focus();
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("li > a")); }

  input.addEventListener("focus", function () { engine.load().catch(failed); });
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
  more.addEventListener("click", function () { if (current) { showMore(true).catch(failed); } });
  if (input.form) {
    input.form.addEventListener("submit", function (event) { event.preventDefault(); clearTimeout(timer); run(); });
  }
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
