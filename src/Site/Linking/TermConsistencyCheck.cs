using System.Text;
using System.Text.RegularExpressions;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Loading;

namespace Site.Linking;

/// <summary>
/// One name for each thing: wherever a term of glossary.yml or a name of names.yml occurs in the source language
/// (a page, a table's title, column or row label), its translation must use the list's rendering. Tables, charts and
/// downloads take their labels from the tables, so checking pages and tables covers every place a reader meets a name.
/// </summary>
public static partial class TermConsistencyCheck
{
    /// <param name="Renderings">Each other language's rendering as a pattern, made once: building a Regex per page and term was most of this check's time.</param>
    private sealed record Term(string List, LocalizedText Text, Regex Source, IReadOnlyDictionary<string, Regex> Renderings);

    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        var languages = content.Config.Languages;
        if (languages.Count < 2)
        {
            return;
        }

        var source = languages[0];
        var terms = content.Glossary.Select(t => (List: "glossary.yml", t.Term))
            .Concat(content.Names.Select(n => (List: "names.yml", Term: n.Name)))
            .Where(t => t.Term.Values.ContainsKey(source))
            .Select(t => new Term(t.List, t.Term, Pattern(t.Term.Values[source]),
                t.Term.Values.Where(v => v.Key != source).ToDictionary(v => v.Key, v => Pattern(v.Value), StringComparer.Ordinal)))
            .ToList();
        var translations = content.Pages
            .Where(p => p.Language != source)
            .ToDictionary(p => (p.Key, p.Language), p => p);
        // Each page on its own (a Regex matches safely from any thread; the bag takes diagnostics from any thread and sorts them).
        Parallel.ForEach(content.Pages.Where(p => p.Language == source), page =>
        {
            var text = WithoutCodeSpans(page.File.Text);
            foreach (var language in languages.Skip(1))
            {
                if (translations.TryGetValue((page.Key, language), out var translation))
                {
                    Compare(terms, text, translation.File.Text, language, page.File, translation.File.DisplayPath, SourcePosition.Start, diagnostics);
                }
            }
        });

        foreach (var table in content.Tables)
        {
            foreach (var language in languages.Skip(1))
            {
                foreach (var (label, at) in Labels(table))
                {
                    if (label.Values.ContainsKey(source) && label.Values.ContainsKey(language))
                    {
                        Compare(terms, label.Values[source], label.Values[language], language, table.File, $"its '{language}' label", at, diagnostics, inYaml: true);
                    }
                }
            }
        }
    }

    private static IEnumerable<(LocalizedText Label, SourcePosition At)> Labels(AwardTable table)
    {
        yield return (table.Title, SourcePosition.Start);
        yield return (table.Subtitle, SourcePosition.Start);
        foreach (var column in table.Columns)
        {
            yield return (column.Label, SourcePosition.Start);
            if (column.Group is { } group)
            {
                yield return (group, SourcePosition.Start);
            }
        }

        foreach (var row in table.Rows)
        {
            yield return (row.Label, row.At);
        }
    }

    /// <param name="at">Where the source text starts in <paramref name="file"/>; a page's text is the file itself.</param>
    /// <param name="inYaml">A table label: the position is the label's own, not an offset into the file.</param>
    private static void Compare(List<Term> terms, string sourceText, string translatedText, string language, SourceFile file, string translationFile,
        SourcePosition at, DiagnosticBag diagnostics, bool inYaml = false)
    {
        foreach (var term in terms)
        {
            var found = term.Source.Match(sourceText);
            if (!found.Success || !term.Text.Values.TryGetValue(language, out var rendering) || term.Renderings[language].IsMatch(translatedText))
            {
                continue;
            }

            var position = inYaml ? at : PositionOf(sourceText, found.Index);
            diagnostics.Warning(DiagnosticCodes.InconsistentTerm, file.DisplayPath, position,
                $"'{found.Value}' has one '{language}' rendering in {term.List}, \"{rendering}\", but {translationFile} does not use it",
                $"Write \"{rendering}\" there wherever it translates this term, so that every page, table, chart and download names it the same way; if the rendering itself is wrong, change {term.List}.");
        }
    }

    /// <summary>Case, quotation marks, a dash or a space, spacing and the two spellings Ủy/Uỷ do not make another term.</summary>
    private static Regex Pattern(string term)
    {
        var pattern = new StringBuilder();
        var text = term.Normalize(NormalizationForm.FormC).Trim();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && string.Concat(c, text[i + 1]).ToLowerInvariant() is "ủy" or "uỷ")
            {
                pattern.Append("(?:ủy|uỷ)");
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                pattern.Append(@"\s+");
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }
            }
            else if (c is '"' or '“' or '”' or '\'' or '‘' or '’')
            {
                pattern.Append("[\"“”'‘’]");
            }
            else if (c is '-' or '–' or '—')
            {
                pattern.Length -= pattern.ToString().EndsWith(@"\s+", StringComparison.Ordinal) ? 3 : 0;
                pattern.Append(@"(?:\s*[-–—]\s*|\s+)");
                while (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
                {
                    i++;
                }
            }
            else
            {
                pattern.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>A code span quotes the source verbatim (the editorial notes quote slips as printed): it is not translated.</summary>
    private static string WithoutCodeSpans(string text) => CodeSpan().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex CodeSpan();

    private static SourcePosition PositionOf(string text, int index)
    {
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return new SourcePosition(line, index - lineStart + 1);
    }
}
