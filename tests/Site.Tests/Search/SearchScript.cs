using System.Text.Json;
using Jint;
using Site.Tests.Support;

namespace Site.Tests.Search;

/// <summary>One result as search.js would show it: the page's site-relative URL, the anchor it links to, its label and quoted text.</summary>
public sealed record SearchHit(string Url, string Anchor, string Label, string Text);

/// <summary>
/// theme/assets/search.js itself, run in-process by Jint over a built site's output: the same folding, ranking and
/// index reading as in the browser, without a browser. Every file the search reads is counted, as a browser's
/// network panel would.
/// </summary>
public sealed class SearchScript
{
    private readonly Engine _engine = new();
    private readonly string _output;

    /// <param name="output">A built site's output folder.</param>
    /// <param name="source">The script's text; the repository's theme/assets/search.js unless a test passes a mutated copy.</param>
    public SearchScript(string output, string? source = null)
    {
        _output = output;
        _engine.SetValue("readSiteFile", new Func<string, string>(ReadFile));
        _engine.Execute("var module = { exports: {} };");
        _engine.Execute(source ?? File.ReadAllText(ScriptPath));
        _engine.Execute("var search = module.exports;");
    }

    public static string ScriptPath => Path.Combine(TestSite.RepositoryRoot, "theme", "assets", "search.js");

    /// <summary>Bytes of every index file read so far, by site-relative path (the query string dropped).</summary>
    public Dictionary<string, long> FilesRead { get; } = new(StringComparer.Ordinal);

    public long BytesRead => FilesRead.Values.Sum();

    public string Fold(string text) => _engine.Invoke(_engine.Evaluate("search.fold"), text).AsString();

    public IReadOnlyList<string> Tokens(string text) =>
        JsonSerializer.Deserialize<List<string>>(_engine.Evaluate("JSON.stringify").Call(_engine.Invoke(_engine.Evaluate("search.tokens"), text)).AsString())!;

    /// <summary>The first <paramref name="count"/> results of a query in one language, best first, and how many pages matched.</summary>
    public (int Total, IReadOnlyList<SearchHit> Hits) Query(string language, string query, int count = 10)
    {
        _engine.SetValue("language", language);
        _engine.SetValue("query", query);
        _engine.SetValue("count", count);
        var json = _engine.Evaluate("""
            (function () {
              var engine = search.createSearch(
                function () { return Promise.resolve(JSON.parse(readSiteFile(language + "/search-index.json"))); },
                function (path) { return Promise.resolve(JSON.parse(readSiteFile(language + "/" + path))); });
              return engine.query(query).then(function (result) {
                return engine.entries(result.found.slice(0, count).map(function (f) { return f.page; })).then(function (entries) {
                  return JSON.stringify({ total: result.found.length, hits: entries.map(function (entry) {
                    var shown = search.describe(result.words, entry);
                    return { url: entry.u, anchor: shown.anchor, label: shown.label, text: shown.text };
                  }) });
                });
              });
            })()
            """).UnwrapIfPromise().AsString();
        using var document = JsonDocument.Parse(json);
        var hits = document.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => new SearchHit(h.GetProperty("url").GetString()!, h.GetProperty("anchor").GetString()!, h.GetProperty("label").GetString()!, h.GetProperty("text").GetString()!))
            .ToList();
        return (document.RootElement.GetProperty("total").GetInt32(), hits);
    }

    private string ReadFile(string path)
    {
        var relative = path.Split('?')[0];
        var full = Path.Combine(_output, relative);
        var bytes = File.ReadAllBytes(full);
        FilesRead[relative] = bytes.Length;
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
