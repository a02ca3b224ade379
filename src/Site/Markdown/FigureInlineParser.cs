using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Markdown;

/// <summary>Parses `{{fig TABLE/ROW/COLUMN}}` or `{{fig TABLE/ROW/COLUMN PRINTED}}`. Chosen over a shortcode that looks like Liquid so that content is never executed as a template.</summary>
public sealed partial class FigureInlineParser : InlineParser
{
    private const string Opening = "{{fig ";

    public FigureInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (string.CompareOrdinal(text, start, Opening, 0, Opening.Length) != 0)
        {
            return MatchNearMiss(processor, ref slice);
        }

        var end = text.IndexOf("}}", start, StringComparison.Ordinal);
        var lineEnd = text.IndexOf('\n', start);
        if (end < 0 || (lineEnd >= 0 && lineEnd < end))
        {
            return false;
        }

        var words = text[(start + Opening.Length)..end].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var parts = (words.Length > 0 ? words[0] : string.Empty).Split('/');
        var position = processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new FigureInline
        {
            Table = parts[0].Trim(),
            Row = parts.Length > 1 ? parts[1].Trim() : string.Empty,
            ColumnId = parts.Length > 2 ? parts[2].Trim() : string.Empty,
            Printed = words.Length > 1 ? words[1] : null,
            Span = new Markdig.Syntax.SourceSpan(position, end + 1),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }

    /// <summary>
    /// `{{ fig 05/1/flags }}` (as Hugo users write shortcodes), `{{Fig …}}`, `{{fig:…}}`, `{{< fig … >}}`: published
    /// as plain text, these would look right to the editor and wrong to every reader, so each becomes a near miss.
    /// </summary>
    private static bool MatchNearMiss(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;

        // Every '{' of every page comes here: only "{{" is worth a look, and the rest of its line is matched in place.
        if (start + 1 > slice.End || text[start + 1] != '{')
        {
            return false;
        }

        var lineEnd = text.IndexOf('\n', start);
        if (NearMiss().Match(text, start, (lineEnd < 0 ? slice.End + 1 : lineEnd) - start) is not { Success: true } match)
        {
            return false;
        }

        var reference = string.Join(' ', match.Groups["reference"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        processor.Inline = new FigureNearMissInline
        {
            Written = match.Value,
            Suggested = $"{Opening}{reference}}}}}",
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var lineNumber, out var column), start + match.Length - 1),
            Line = lineNumber,
            Column = column,
        };
        slice.Start = start + match.Length;
        return true;
    }

    [GeneratedRegex(@"^\{\{\s*(?:[<%]\s*)?fig(?:ure)?\b[\s:=]*(?<reference>[^{}\n]*?)\s*(?:[>%]\s*)?\}\}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NearMiss();
}
