using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using Site.Content;
using Site.Linking;
using Site.Markdown;
using Site.Output;
using Site.Text;

namespace Site.Publishing;

/// <summary>
/// The search index of a language, split so that a query downloads a small part of it (as Pagefind does): a query
/// word needs only the word chunks whose range of words it can match, and only the results shown need their pages.
/// Read by theme/assets/search.js. Files, under `{language}/`:
/// <code>
/// search-index.json        { "v": 2, "l": "vi", "r": "../",       // r: the site root, relative to this file
///                            "h": "0f3a…",                          // fingerprint of the parts: ?h= on every fetch
///                            "n": 30,                               // pages, numbered 0…n-1 in URL order
///                            "c": ["", "cai", "khen", …] }          // first folded word of each word chunk
/// search-index/w{i}.json   [ ["thưởng", "postings"], … ]            // every word form whose folded form is in [c[i], c[i+1])
/// search-index/p{n}.json   { "u": "vi/2022-05/…/slug/", "t": "title", "s": "summary", "w": "section · edition",
///                            "k": ["row label", …], "c": [["anchor", "heading", "text"], …] }   // one page
/// </code>
/// A word form is a word as written, lower-cased and NFC (the "exact" form; search.js folds it, so nothing is
/// stored twice). Its postings say, for each page that has it, the heaviest field it is in (title 10, heading 5,
/// summary or row label 3, body 1) and how often it occurs there: all that the ranking needs, which is therefore
/// the same as when search.js scored every page's full text. Postings are numbers written as base-32 digits
/// (<see cref="Digits"/> ends a number, <see cref="MoreDigits"/> continues it): the page's distance from the
/// previous page that has the word, less one, then (occurrences - 1) × 4 + field.
/// </summary>
/// <remarks>
/// The renderer hands each page's body to <see cref="Add"/> as soon as it is rendered, and only its chunks are kept:
/// holding every rendered body until the end cost about a tenth of the peak memory of a 10,000-page build.
/// </remarks>
public sealed partial class SearchIndexBuilder(SiteModel model)
{
    public const int FormatVersion = 2;

    /// <summary>Characters of postings after which a word chunk is closed: a first query of four words loads about four chunks.</summary>
    public const int ChunkCharacters = 8 * 1024;

    /// <summary>The last base-32 digit of a number.</summary>
    public const string Digits = "0123456789abcdefghijklmnopqrstuv";

    /// <summary>A base-32 digit that more digits follow.</summary>
    public const string MoreDigits = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";

    /// <summary>The fields' weights, heaviest first; a posting stores the index of its heaviest field. search.js has the same numbers.</summary>
    public static readonly IReadOnlyList<int> FieldWeights = [10, 5, 3, 1];

    private const int Title = 0, Heading = 1, SummaryOrKeys = 2, Body = 3;

    // Vietnamese letters stay readable; <, > and & are escaped so that no index text can ever look like markup.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All), Indented = false };

    // By reference: a page record's own equality hashes its whole source text, once per look-up.
    private readonly ConcurrentDictionary<LinkedPage, List<(string Anchor, string Heading, string Text)>> _chunks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each page's part file and word forms, made once per page: `serve` keeps them for the pages an edit did not touch.</summary>
    private readonly ConcurrentDictionary<LinkedPage, (OutputFile Part, Dictionary<string, (int Field, int Count)> Occurrences)> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>Keeps the searchable text of a rendered page; safe to call from the renderer's parallel workers.</summary>
    public void Add(LinkedPage page, RenderedMarkdown body)
    {
        _chunks[page] = Chunks(body);
        _entries.TryRemove(page, out _);
    }

    /// <summary>
    /// Takes what <paramref name="previous"/> made for every page of this model that it knows (`serve`: the pages an
    /// edit did not touch). For a model whose other pages, sections and editions are those of <paramref name="previous"/>'s.
    /// </summary>
    public void KeepFrom(SearchIndexBuilder previous)
    {
        foreach (var page in model.Pages)
        {
            if (previous._chunks.TryGetValue(page, out var chunks))
            {
                _chunks[page] = chunks;
            }

            if (previous._entries.TryGetValue(page, out var entry))
            {
                _entries[page] = entry;
            }
        }
    }

    public IEnumerable<OutputFile> Build(string language)
    {
        var pages = model.Pages
            .Where(p => p.Language == language && p.Kind != OutputKind.Search)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Value, StringComparer.Ordinal)
            .ToList();
        var files = new List<OutputFile>(pages.Count + 1);
        var postings = new Dictionary<string, Postings>(StringComparer.Ordinal);
        for (var number = 0; number < pages.Count; number++)
        {
            var path = $"{language}/search-index/p{number}.json";
            var page = pages[number];
            if (!_entries.TryGetValue(page, out var made) || made.Part.Path != path)
            {
                var entry = Entry(page, language);
                made = (new OutputFile(path, Fragment(entry)), Occurrences(entry));
                if (page.Kind != OutputKind.Glossary)
                {
                    _entries[page] = made; // The glossary's text is the glossary's, not the page's: made anew each time.
                }
            }

            files.Add(made.Part);
            foreach (var (form, (field, count)) in made.Occurrences)
            {
                if (!postings.TryGetValue(form, out var list))
                {
                    postings[form] = list = new Postings();
                }

                list.Add(number, field, count);
            }
        }

        var chunks = WordChunks(postings);
        for (var i = 0; i < chunks.Count; i++)
        {
            files.Add(new OutputFile($"{language}/search-index/w{i}.json", chunks[i].Json));
        }

        files.Add(new OutputFile($"{language}/search-index.json", Meta(language, pages.Count, chunks, Fingerprint(files))));
        return files;
    }

    private sealed record SearchEntry(string Url, string Title, string Summary, string Where, IReadOnlyList<string> Keys, IReadOnlyList<(string Anchor, string Heading, string Text)> Chunks);

    private SearchEntry Entry(LinkedPage page, string language)
    {
        var keys = page.Table is { } table
            ? table.Rows.Select(r => Nfc(r.Label.Get(language)).Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var chunks = page.Kind == OutputKind.Glossary ? GlossaryChunks(model, language) : _chunks.GetValueOrDefault(page) ?? [];
        return new SearchEntry(page.Url, Nfc(page.Title), Nfc(page.Summary), Nfc(Where(model, page, language)), keys,
            chunks.Select(c => (c.Anchor, Nfc(c.Heading), Nfc(c.Text))).ToList());
    }

    private static byte[] Fragment(SearchEntry entry) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("u", entry.Url);
        json.WriteString("t", entry.Title);
        WriteIfAny(json, "s", entry.Summary);
        WriteIfAny(json, "w", entry.Where);
        if (entry.Keys.Count > 0)
        {
            json.WriteStartArray("k");
            foreach (var key in entry.Keys)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
        }

        if (entry.Chunks.Count > 0)
        {
            json.WriteStartArray("c");
            foreach (var (anchor, heading, text) in entry.Chunks)
            {
                json.WriteStartArray();
                json.WriteStringValue(anchor);
                json.WriteStringValue(heading);
                json.WriteStringValue(text);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    /// <summary>Each word form of a page with its heaviest field and how often it occurs, as search.js weighs them.</summary>
    private static Dictionary<string, (int Field, int Count)> Occurrences(SearchEntry entry)
    {
        var found = new Dictionary<string, (int Field, int Count)>(StringComparer.Ordinal);
        void Add(int field, string text)
        {
            foreach (var form in Forms(text))
            {
                found[form] = found.TryGetValue(form, out var seen) ? (Math.Min(seen.Field, field), seen.Count + 1) : (field, 1);
            }
        }

        Add(Title, entry.Title);
        Add(SummaryOrKeys, entry.Summary);
        foreach (var chunk in entry.Chunks)
        {
            Add(Heading, chunk.Heading);
        }

        Add(SummaryOrKeys, string.Join(' ', entry.Keys));
        foreach (var chunk in entry.Chunks)
        {
            Add(Body, chunk.Text);
        }

        return found;
    }

    /// <summary>The words of a text as search.js splits them: lower-case, NFC, runs of letters, digits and marks.</summary>
    private static IEnumerable<string> Forms(string text) => Word().Matches(text.ToLowerInvariant().Normalize(NormalizationForm.FormC)).Select(m => m.Value);

    /// <summary>search.js's folded form: no diacritics, đ → d (the text is lower-case already).</summary>
    private static string Fold(string form) => VietnameseFolding.Fold(form);

    private sealed record WordChunk(string First, byte[] Json);

    /// <summary>
    /// The word forms in order of their folded form, cut into chunks of about <see cref="ChunkCharacters"/>; all the
    /// forms of one folded word stay in one chunk, so that a chunk's range ends where the next one's begins.
    /// </summary>
    private static List<WordChunk> WordChunks(Dictionary<string, Postings> postings)
    {
        var groups = postings
            .Select(p => (Folded: Fold(p.Key), Form: p.Key, Postings: p.Value.Text))
            .OrderBy(p => p.Folded, StringComparer.Ordinal)
            .ThenBy(p => p.Form, StringComparer.Ordinal)
            .GroupBy(p => p.Folded, StringComparer.Ordinal)
            .ToList();
        var chunks = new List<WordChunk>();
        var current = new List<(string Folded, string Form, string Postings)>();
        var size = 0;
        foreach (var group in groups)
        {
            current.AddRange(group);
            size += group.Sum(g => g.Form.Length + g.Postings.Length);
            if (size >= ChunkCharacters)
            {
                Close();
            }
        }

        if (current.Count > 0 || chunks.Count == 0)
        {
            Close();
        }

        return chunks;

        void Close()
        {
            var forms = current.ToList();
            chunks.Add(new WordChunk(forms.Count > 0 ? forms[0].Folded : string.Empty, Json(json =>
            {
                json.WriteStartArray();
                foreach (var (_, form, text) in forms)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(form);
                    json.WriteStringValue(text);
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            })));
            current.Clear();
            size = 0;
        }
    }

    private static byte[] Meta(string language, int pages, List<WordChunk> chunks, string fingerprint) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("v", FormatVersion);
        json.WriteString("l", language);
        json.WriteString("r", "../");
        json.WriteString("h", fingerprint);
        json.WriteNumber("n", pages);
        json.WriteStartArray("c");
        foreach (var chunk in chunks)
        {
            json.WriteStringValue(chunk.First);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Changes whenever any part does: a browser that cached the parts of an earlier build never mixes them with this one's.</summary>
    private static string Fingerprint(List<OutputFile> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            // The part's own hash, made once per part file (the writer needs it too), stands for its bytes.
            hash.AppendData(Encoding.UTF8.GetBytes($"{part.Path}\n{part.ContentHash}\n"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }

        return stream.ToArray();
    }

    /// <summary>One word form's postings, written as they come (pages are added in ascending order).</summary>
    private sealed class Postings
    {
        private readonly StringBuilder _text = new();
        private int _last = -1;

        public string Text => _text.ToString();

        public void Add(int page, int field, int count)
        {
            Number(page - _last - 1);
            Number(((count - 1) * FieldWeights.Count) + field);
            _last = page;
        }

        private void Number(int value)
        {
            var start = _text.Length;
            _text.Append(Digits[value & 31]);
            for (value >>= 5; value > 0; value >>= 5)
            {
                _text.Insert(start, MoreDigits[value & 31]);
            }
        }
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
            json.WriteString(key, value);
        }
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>A whole level-2 or level-3 heading as Markdig writes it: &lt;h2 id="…"&gt;…&lt;/h2&gt;.</summary>
    [GeneratedRegex("""<h(?<level>[23])\b[^>]*\bid="(?<id>[^"]*)"[^>]*>.*?</h\k<level>>""", RegexOptions.Singleline)]
    private static partial Regex HeadingTag();

    /// <summary>search.js's WORD: letters, digits and combining marks.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    private static partial Regex Word();
}
