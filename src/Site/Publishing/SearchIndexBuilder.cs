using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Content;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;
using Site.Markdown;

namespace Site.Publishing;

/// <summary>
/// `{language}/search-index.json`, read by theme/assets/search.js. One entry per page of the language, ordered by
/// URL; short keys, no indentation, text as written (NFC) — search.js folds it when it loads, so nothing is stored
/// twice. Shape:
/// <code>
/// { "v": 1, "l": "vi", "r": "../",            // r: the site root, relative to this file
///   "p": [ { "u": "vi/2022-05/…/slug/",         // site-relative URL
///            "t": "title", "s": "summary",      // s omitted when empty
///            "w": "section · edition",          // where the page belongs; omitted when empty
///            "k": ["row label", …],             // appendix row labels; omitted when none
///            "c": [ ["", "", "text before the first heading"],
///                   ["anchor", "heading", "text under it"], … ] } ] }   // omitted when the page has no text
/// </code>
/// The glossary's chunks are its terms: anchor = term id, heading = the term, text = the term in the other
/// languages and its definition.
/// </summary>
/// <remarks>
/// The renderer hands each page's body to <see cref="Add"/> as soon as it is rendered, and only its chunks are kept:
/// holding every rendered body until the end cost about a tenth of the peak memory of a 10,000-page build.
/// </remarks>
public sealed partial class SearchIndexBuilder(SiteModel model)
{
    public const int FormatVersion = 1;

    // Vietnamese letters stay readable; <, > and & are escaped so that no index text can ever look like markup.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All), Indented = false };

    private readonly ConcurrentDictionary<LinkedPage, List<(string Anchor, string Heading, string Text)>> _chunks = new();

    /// <summary>Keeps the searchable text of a rendered page; safe to call from the renderer's parallel workers.</summary>
    public void Add(LinkedPage page, RenderedMarkdown body) => _chunks[page] = Chunks(body);

    public OutputFile Build(string language)
    {
        var pages = model.Pages
            .Where(p => p.Language == language && p.Kind != OutputKind.Search)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Value, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("v", FormatVersion);
            json.WriteString("l", language);
            json.WriteString("r", "../");
            json.WriteStartArray("p");
            foreach (var page in pages)
            {
                WriteEntry(json, model, page, _chunks.GetValueOrDefault(page), language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new OutputFile($"{language}/search-index.json", stream.ToArray());
    }

    private static void WriteEntry(Utf8JsonWriter json, SiteModel model, LinkedPage page, List<(string Anchor, string Heading, string Text)>? bodyChunks, string language)
    {
        json.WriteStartObject();
        json.WriteString("u", page.Url);
        json.WriteString("t", Nfc(page.Title));
        WriteIfAny(json, "s", page.Summary);
        WriteIfAny(json, "w", Where(model, page, language));
        if (page.Table is { } table)
        {
            var labels = table.Rows.Select(r => Nfc(r.Label.Get(language)).Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            if (labels.Count > 0)
            {
                json.WriteStartArray("k");
                labels.ForEach(json.WriteStringValue);
                json.WriteEndArray();
            }
        }

        var chunks = page.Kind == OutputKind.Glossary ? GlossaryChunks(model, language) : bodyChunks ?? [];
        if (chunks.Count > 0)
        {
            json.WriteStartArray("c");
            foreach (var (anchor, heading, text) in chunks)
            {
                json.WriteStartArray();
                json.WriteStringValue(anchor);
                json.WriteStringValue(Nfc(heading));
                json.WriteStringValue(Nfc(text));
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>The section and edition a page belongs to, as the reader sees them in its breadcrumbs: "Điển hình tiên tiến · Báo cáo …".</summary>
    private static string Where(SiteModel model, LinkedPage page, string language)
    {
        var parts = new List<string>();
        if (page.Kind is OutputKind.Chapter or OutputKind.Movement or OutputKind.Story or OutputKind.Appendix
            && page.EditionId is { } editionId && model.Find(PageKey.SectionIndex(editionId, page.Section), language) is { } section)
        {
            parts.Add(section.Title);
        }

        if (page.Kind != OutputKind.EditionHome && model.Edition(page.EditionId) is { } edition)
        {
            parts.Add(edition.Title.Get(language));
        }

        return string.Join(" · ", parts);
    }

    /// <summary>The body split at its level-2 and level-3 headings, so that a match can link to the heading above it.</summary>
    private static List<(string Anchor, string Heading, string Text)> Chunks(RenderedMarkdown body)
    {
        var chunks = new List<(string, string, string)>();
        var headings = body.Headings.GroupBy(h => h.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Text, StringComparer.Ordinal);
        var html = body.Html;
        var anchor = string.Empty;
        var heading = string.Empty;
        var start = 0;
        foreach (Match match in HeadingTag().Matches(html))
        {
            if (!headings.TryGetValue(match.Groups["id"].Value, out var text))
            {
                continue;
            }

            Add(html[start..match.Index]);
            anchor = match.Groups["id"].Value;
            heading = text;
            start = match.Index + match.Length;
        }

        Add(html[start..]);
        return chunks;

        void Add(string fragment)
        {
            var text = MarkdownPageRenderer.PlainText(fragment);
            if (text.Length > 0 || anchor.Length > 0)
            {
                chunks.Add((anchor, heading, text));
            }
        }
    }

    private static List<(string Anchor, string Heading, string Text)> GlossaryChunks(SiteModel model, string language) =>
        model.Content.Glossary
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .Select(term =>
            {
                var others = model.Languages.Where(l => l != language && term.Term.Has(l)).Select(l => term.Term.Get(l));
                var text = string.Join(". ", others.Append(term.Definition.Has(language) ? term.Definition.Get(language) : string.Empty).Where(s => s.Length > 0));
                return (term.Id, term.Term.Get(language), text);
            })
            .ToList();

    private static void WriteIfAny(Utf8JsonWriter json, string key, string value)
    {
        if (value.Length > 0)
        {
            json.WriteString(key, Nfc(value));
        }
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>A whole level-2 or level-3 heading as Markdig writes it: &lt;h2 id="…"&gt;…&lt;/h2&gt;.</summary>
    [GeneratedRegex("""<h(?<level>[23])\b[^>]*\bid="(?<id>[^"]*)"[^>]*>.*?</h\k<level>>""", RegexOptions.Singleline)]
    private static partial Regex HeadingTag();
}
