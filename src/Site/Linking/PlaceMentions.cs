using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Site.Content;
using Site.Markdown;

namespace Site.Linking;

/// <summary>
/// The sentences of an edition's pages that name a place, found by the forms places.yml gives for each language
/// (exact, case-sensitive: "Bảo Yên" is not "bảo yên"). A sentence is one of a paragraph's or list item's, split
/// after '.', '!', '?' or ';' before a space. Each is linked with a text fragment (#:~:text=…), which a browser
/// scrolls to and highlights without any script; a browser that does not know fragments opens the page at its top.
/// </summary>
public static partial class PlaceMentions
{
    /// <summary>The words of a sentence a link to it quotes: enough to be unique on a page, short enough to stay inside one text node.</summary>
    private const int FragmentWords = 6;

    public static IReadOnlyList<PlaceMention> Of(SiteModel model, Place place, string editionId, string language)
    {
        var forms = place.Forms.GetValueOrDefault(language) ?? [];
        if (forms.Count == 0)
        {
            return [];
        }

        var mentions = new List<PlaceMention>();
        foreach (var page in model.Pages.Where(p => p.Language == language && p.EditionId == editionId && p.Body is not null
            && p.Kind is OutputKind.EditionHome or OutputKind.Chapter or OutputKind.Movement or OutputKind.Story).OrderBy(p => p, PageOrder.Instance))
        {
            foreach (var sentence in Sentences(page.Body!).Where(s => forms.Any(f => s.Contains(f, StringComparison.Ordinal))))
            {
                mentions.Add(new PlaceMention(page, sentence, $"{page.Url}#:~:text={Fragment(sentence)}"));
            }
        }

        return mentions;
    }

    public static IEnumerable<string> Sentences(ParsedMarkdown body) =>
        body.Document.Descendants<ParagraphBlock>()
            .Select(p => Whitespace().Replace(Text(p.Inline), " ").Trim())
            .SelectMany(text => SentenceEnd().Split(text))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0);

    /// <summary>The first words of <paramref name="sentence"/>, percent-encoded for a text directive ('-', ',' and '&amp;' too: they are its syntax).</summary>
    public static string Fragment(string sentence)
    {
        var start = string.Join(' ', sentence.Split(' ').Take(FragmentWords)).TrimEnd('.', ',', ';', ':', '!', '?');
        return Uri.EscapeDataString(start).Replace("-", "%2D", StringComparison.Ordinal);
    }

    private static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants() ?? [])
        {
            _ = node switch
            {
                LiteralInline literal => text.Append(literal.Content.ToString()),
                CodeInline code => text.Append(code.Content),
                LineBreakInline => text.Append(' '),
                FigureInline figure => text.Append(figure.Printed ?? figure.Display ?? string.Empty),
                _ => text,
            };
        }

        return text.ToString();
    }

    /// <summary>After '.', '!', '?' or ';' and a space, but not after an abbreviation that a number or name follows ("No. 1", "Mr. X", "TP. Lào Cai").</summary>
    [GeneratedRegex(@"(?<!(?:^|[\s(])(?:No|Mr|Mrs|Ms|Dr|St|TP|Tp|TX|Ths|TS|PGS)\.)(?<=[.!?;])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
