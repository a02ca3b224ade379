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
    private ConcurrentDictionary<LinkedPage, List<(string Anchor, string Heading, string Text)>> _chunks = new(ReferenceEqualityComparer.Instance);

    /// <summary>Each page's part file and word forms, made once per page: `serve` keeps them for the pages an edit did not touch.</summary>
    private ConcurrentDictionary<LinkedPage, (OutputFile Part, Dictionary<string, (int Field, int Count)> Occurrences)> _entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// After <see cref="TakeOver"/>: the re-rendered pages (by their record in this model), each with what the
    /// previous build had made of it, and the previous build's index of each language.
    /// </summary>
    private readonly ConcurrentDictionary<LinkedPage, (OutputFile Part, Dictionary<string, (int Field, int Count)> Occurrences)?> _before = new(ReferenceEqualityComparer.Instance);

    private IReadOnlyDictionary<string, LanguageIndex>? _previous;

    private IReadOnlyDictionary<LinkedPage, LinkedPage> _replaced = new Dictionary<LinkedPage, LinkedPage>();

    /// <summary>What <see cref="Build"/> or <see cref="Update"/> made of each language: `serve`'s next edit starts from it.</summary>
    private readonly ConcurrentDictionary<string, LanguageIndex> _built = new(StringComparer.Ordinal);

    /// <summary>Keeps the searchable text of a rendered page; safe to call from the renderer's parallel workers.</summary>
    public void Add(LinkedPage page, RenderedMarkdown body)
    {
        _chunks[page] = Chunks(body);
        var had = _entries.TryRemove(page, out var old);
        if (_previous is not null)
        {
            _before.AddOrUpdate(page, had ? old : null, (_, known) => known ?? (had ? old : null));
        }
    }

    /// <summary>
    /// Takes over what <paramref name="previous"/> made (`serve`: the pages an edit did not touch keep their text,
    /// part file and words, and each language's index is the start of <see cref="Update"/>), for a model that is
    /// <paramref name="previous"/>'s with the pages of <paramref name="replaced"/> (old record → new) re-read: the
    /// same addresses, keys, kinds and front matter, other bodies. Its tables are moved, not copied (copying 10,000
    /// entries took 10 ms of an edit): <paramref name="previous"/> must not be used again.
    /// </summary>
    public void TakeOver(SearchIndexBuilder previous, IReadOnlyDictionary<LinkedPage, LinkedPage> replaced)
    {
        _chunks = previous._chunks;
        _entries = previous._entries;
        _previous = previous._built;
        _replaced = replaced;
        foreach (var (old, now) in replaced)
        {
            _chunks.TryRemove(old, out _);
            _before[now] = _entries.TryRemove(old, out var entry) ? entry : null;
        }
    }

    /// <summary>
    /// The language's index after an edit, made from the previous build's (see <see cref="TakeOver"/>) instead of from
    /// every page's words: only the re-rendered pages' part files are made again; only the word chunks that hold a
    /// word whose postings changed are read back, changed and cut again, and a cut that moves re-cuts the chunks after
    /// it until a cut falls where it fell before; then the meta file. The bytes are those <see cref="Build"/> makes
    /// (tests/Site.Tests/Serving/IncrementalSearchIndexTests). Null when the previous build did not index the language
    /// or did not index a re-rendered page: then <see cref="Build"/> it.
    /// </summary>
    public IReadOnlyList<OutputFile>? Update(string language)
    {
        if (_previous?.GetValueOrDefault(language) is not { } last)
        {
            return null;
        }

        var pages = new List<LinkedPage>(last.Pages.Count);
        var numbers = new Dictionary<LinkedPage, int>(last.Pages.Count, ReferenceEqualityComparer.Instance);
        foreach (var page in last.Pages)
        {
            var now = _replaced.GetValueOrDefault(page) ?? page;
            numbers[now] = pages.Count;
            pages.Add(now);
        }

        var parts = new List<OutputFile>(last.Parts);
        var changes = new Dictionary<string, FormChange>(StringComparer.Ordinal);
        void Change(string form, int page, (int Field, int Count)? now)
        {
            if (!changes.TryGetValue(form, out var change))
            {
                changes[form] = change = new FormChange(Fold(form), []);
            }

            change.Pages[page] = now is var (field, count) ? Code(field, count) : null;
        }

        foreach (var (page, before) in _before.Where(b => b.Key.Language == language && b.Key.Kind != OutputKind.Search))
        {
            if (!numbers.TryGetValue(page, out var number) || page.Kind == OutputKind.Glossary || before is not { } was)
            {
                return null;
            }

            var made = Made(page, language, number);
            if (made.Part.Content.AsSpan().SequenceEqual(was.Part.Content))
            {
                parts[number] = was.Part; // Its hash is known.
            }
            else
            {
                parts[number] = made.Part;
            }

            foreach (var (form, then) in was.Occurrences)
            {
                var has = made.Occurrences.TryGetValue(form, out var now);
                if (!has || now != then)
                {
                    Change(form, number, has ? now : null);
                }
            }

            foreach (var (form, now) in made.Occurrences)
            {
                if (!was.Occurrences.ContainsKey(form))
                {
                    Change(form, number, now);
                }
            }
        }

        var chunks = Recut(last.Chunks, changes, language);
        return Files(language, pages, numbers, parts, chunks);
    }

    public IEnumerable<OutputFile> Build(string language)
    {
        var pages = model.Pages
            .Where(p => p.Language == language && p.Kind != OutputKind.Search)
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Value, StringComparer.Ordinal)
            .ToList();
        var parts = new List<OutputFile>(pages.Count);
        var numbers = new Dictionary<LinkedPage, int>(pages.Count, ReferenceEqualityComparer.Instance);
        var postings = new Dictionary<string, Postings>(StringComparer.Ordinal);
        for (var number = 0; number < pages.Count; number++)
        {
            var page = pages[number];
            numbers[page] = number;
            if (!_entries.TryGetValue(page, out var made) || made.Part.Path != PartPath(language, number))
            {
                made = Made(page, language, number);
            }

            parts.Add(made.Part);
            foreach (var (form, (field, count)) in made.Occurrences)
            {
                if (!postings.TryGetValue(form, out var list))
                {
                    postings[form] = list = new Postings();
                }

                list.Add(number, Code(field, count));
            }
        }

        return Files(language, pages, numbers, parts, WordChunks(postings, language));
    }

    private IReadOnlyList<OutputFile> Files(string language, List<LinkedPage> pages, Dictionary<LinkedPage, int> numbers, List<OutputFile> parts, List<WordChunk> chunks)
    {
        var files = new List<OutputFile>(parts.Count + chunks.Count + 1);
        files.AddRange(parts);
        files.AddRange(chunks.Select(c => c.File));
        files.Add(new OutputFile($"{language}/search-index.json", Meta(language, pages.Count, chunks, Fingerprint(files))));
        _built[language] = new LanguageIndex(pages, numbers, parts, chunks);
        return files;
    }

    private static string PartPath(string language, int number) => $"{language}/search-index/p{number}.json";

    private (OutputFile Part, Dictionary<string, (int Field, int Count)> Occurrences) Made(LinkedPage page, string language, int number)
    {
        var entry = Entry(page, language);
        var made = (new OutputFile(PartPath(language, number), Fragment(entry)), Occurrences(entry));
        if (page.Kind != OutputKind.Glossary)
        {
            _entries[page] = made; // The glossary's text is the glossary's, not the page's: made anew each time.
        }

        return made;
    }

    /// <summary>A language's index as it was made: its pages in number order, their part files, its word chunks.</summary>
    private sealed record LanguageIndex(List<LinkedPage> Pages, Dictionary<LinkedPage, int> Numbers, List<OutputFile> Parts, List<WordChunk> Chunks);

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

    /// <summary>One word chunk file and the first folded word in it (the meta file lists them: a query's words find their chunk by it).</summary>
    private sealed record WordChunk(string First, OutputFile File);

    /// <summary>A word form and its postings, as a word chunk holds them; Folded is the form's folded form.</summary>
    private readonly record struct Posted(string Folded, string Form, string Postings);

    /// <summary>
    /// The word forms in order of their folded form, cut into chunks of about <see cref="ChunkCharacters"/>; all the
    /// forms of one folded word stay in one chunk, so that a chunk's range ends where the next one's begins.
    /// </summary>
    private static List<WordChunk> WordChunks(Dictionary<string, Postings> postings, string language)
    {
        var forms = postings
            .Select(p => new Posted(Fold(p.Key), p.Key, p.Value.Text))
            .OrderBy(p => p.Folded, StringComparer.Ordinal)
            .ThenBy(p => p.Form, StringComparer.Ordinal);
        var cutter = new Cutter(language, 0);
        cutter.AddAll(forms);
        cutter.End(none: true);
        return cutter.Chunks;
    }

    /// <summary>
    /// The word chunks after the postings of <paramref name="changes"/>' forms changed at one page each (null: the page
    /// no longer has the form): the chunks before the first that holds a changed form are kept; from it, the chunks
    /// are read back, changed and cut again as <see cref="WordChunks"/> cuts, until past the last changed chunk a cut
    /// falls at the end of an old chunk. From there the cut is the old one (the cutter starts afresh at every cut),
    /// so the old chunks follow, renumbered if the count before them changed.
    /// </summary>
    private static List<WordChunk> Recut(List<WordChunk> old, Dictionary<string, FormChange> changes, string language)
    {
        if (changes.Count == 0)
        {
            return old;
        }

        var byChunk = changes.GroupBy(c => ChunkOf(old, c.Value.Folded)).ToDictionary(g => g.Key, g => g.ToList());
        var first = byChunk.Keys.Min();
        var lastChanged = byChunk.Keys.Max();
        var cutter = new Cutter(language, first);
        var next = first;
        while (next < old.Count)
        {
            var forms = Read(old[next].File.Content);
            if (byChunk.TryGetValue(next, out var edits))
            {
                Apply(forms, edits);
            }

            cutter.AddAll(forms);
            next++;
            if (next > lastChanged && cutter.AtCut)
            {
                break;
            }
        }

        cutter.End(none: first == 0 && next == old.Count);
        var chunks = new List<WordChunk>(old.Count + 2);
        chunks.AddRange(old.Take(first));
        chunks.AddRange(cutter.Chunks);
        for (var i = next; i < old.Count; i++)
        {
            var path = ChunkPath(language, chunks.Count);
            chunks.Add(old[i].File.Path == path ? old[i] : old[i] with { File = new OutputFile(path, old[i].File.Content) });
        }

        return chunks;
    }

    /// <summary>The chunk whose range holds a folded word: the last whose first word is not after it (the first if none).</summary>
    private static int ChunkOf(List<WordChunk> chunks, string folded)
    {
        int low = 0, high = chunks.Count - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(chunks[middle].First, folded) <= 0)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>A word chunk's forms and postings, read back from its bytes.</summary>
    private static List<Posted> Read(byte[] json)
    {
        var forms = new List<Posted>();
        var reader = new Utf8JsonReader(json);
        reader.Read(); // [
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            reader.Read();
            var form = reader.GetString()!;
            reader.Read();
            var postings = reader.GetString()!;
            reader.Read(); // ]
            forms.Add(new Posted(Fold(form), form, postings));
        }

        return forms;
    }

    /// <summary>Changes each form's postings at its page, in place (a form no page has left is removed; a new one is put in its place in the order).</summary>
    private static void Apply(List<Posted> forms, List<KeyValuePair<string, FormChange>> edits)
    {
        foreach (var (form, (folded, pages)) in edits)
        {
            var at = forms.BinarySearch(new Posted(folded, form, string.Empty), PostedOrder.Instance);
            var postings = Postings.Changed(at >= 0 ? forms[at].Postings : string.Empty, pages);
            if (at >= 0 && postings.Length == 0)
            {
                forms.RemoveAt(at);
            }
            else if (at >= 0)
            {
                forms[at] = forms[at] with { Postings = postings };
            }
            else if (postings.Length > 0)
            {
                forms.Insert(~at, new Posted(folded, form, postings));
            }
        }
    }

    /// <summary>A word form whose postings changed: at each page, its new posting's code (null: the page no longer has it).</summary>
    private sealed record FormChange(string Folded, SortedDictionary<int, int?> Pages);

    private sealed class PostedOrder : IComparer<Posted>
    {
        public static readonly PostedOrder Instance = new();

        public int Compare(Posted x, Posted y) =>
            string.CompareOrdinal(x.Folded, y.Folded) is var folded and not 0 ? folded : string.CompareOrdinal(x.Form, y.Form);
    }

    private static string ChunkPath(string language, int index) => $"{language}/search-index/w{index}.json";

    /// <summary>Cuts forms, in order, into word chunks: a chunk is closed after the folded word that brings it to <see cref="ChunkCharacters"/>.</summary>
    private sealed class Cutter(string language, int firstIndex)
    {
        private readonly List<Posted> _current = [];
        private int _size;

        public List<WordChunk> Chunks { get; } = [];

        /// <summary>Nothing is pending: the last form added closed a chunk (or none was added).</summary>
        public bool AtCut => _current.Count == 0;

        public void AddAll(IEnumerable<Posted> forms)
        {
            foreach (var form in forms)
            {
                // A chunk is closed only between folded words: after the last form of the folded word that filled it.
                if (_size >= ChunkCharacters && _current.Count > 0 && _current[^1].Folded != form.Folded)
                {
                    Close();
                }

                _current.Add(form);
                _size += form.Form.Length + form.Postings.Length;
            }

            if (_size >= ChunkCharacters)
            {
                Close();
            }
        }

        /// <param name="none">No chunk comes before or after these: an index with no words still has one, empty, chunk.</param>
        public void End(bool none)
        {
            if (_current.Count > 0 || (none && Chunks.Count == 0))
            {
                Close();
            }
        }

        private void Close()
        {
            var forms = _current.ToList();
            Chunks.Add(new WordChunk(forms.Count > 0 ? forms[0].Folded : string.Empty, new OutputFile(ChunkPath(language, firstIndex + Chunks.Count), Json(json =>
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
            }))));
            _current.Clear();
            _size = 0;
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

    /// <summary>A posting's second number: how often the form occurs on the page and in which field (the heaviest).</summary>
    private static int Code(int field, int count) => ((count - 1) * FieldWeights.Count) + field;

    /// <summary>One word form's postings, written as they come (pages are added in ascending order).</summary>
    private sealed class Postings
    {
        private readonly StringBuilder _text = new();
        private int _last = -1;

        public string Text => _text.ToString();

        public void Add(int page, int code)
        {
            Number(page - _last - 1);
            Number(code);
            _last = page;
        }

        /// <summary>Postings as written, with those of the pages of <paramref name="pages"/> replaced by their codes (or removed where null).</summary>
        public static string Changed(string text, SortedDictionary<int, int?> pages)
        {
            var changed = new Postings();
            using var next = pages.GetEnumerator();
            var pending = next.MoveNext();
            var previous = -1;
            var value = 0;
            int? at = null;
            foreach (var digit in text)
            {
                var more = MoreDigits.IndexOf(digit, StringComparison.Ordinal);
                if (more >= 0)
                {
                    value = (value * 32) + more;
                    continue;
                }

                value = (value * 32) + Digits.IndexOf(digit, StringComparison.Ordinal);
                if (at is null)
                {
                    at = previous + value + 1;
                }
                else
                {
                    var replaced = false;
                    while (pending && next.Current.Key <= at.Value)
                    {
                        if (next.Current.Value is { } code)
                        {
                            changed.Add(next.Current.Key, code);
                        }

                        replaced |= next.Current.Key == at.Value;
                        pending = next.MoveNext();
                    }

                    if (!replaced)
                    {
                        changed.Add(at.Value, value);
                    }

                    previous = at.Value;
                    at = null;
                }

                value = 0;
            }

            for (; pending; pending = next.MoveNext())
            {
                if (next.Current.Value is { } code)
                {
                    changed.Add(next.Current.Key, code);
                }
            }

            return changed.Text;
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
