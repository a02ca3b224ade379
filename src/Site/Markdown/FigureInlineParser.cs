using Markdig.Helpers;
using Markdig.Parsers;

namespace Site.Markdown;

/// <summary>Parses `{{fig TABLE/ROW/COLUMN}}` or `{{fig TABLE/ROW/COLUMN PRINTED}}`. Chosen over a shortcode that looks like Liquid so that content is never executed as a template.</summary>
public sealed class FigureInlineParser : InlineParser
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
            return false;
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
}
