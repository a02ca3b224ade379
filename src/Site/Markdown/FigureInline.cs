using Markdig.Syntax.Inlines;

namespace Site.Markdown;

/// <summary>`{{fig 05/1/flags}}`: a published table cell cited in prose. Resolved per page, rendered in the reader's format.</summary>
public sealed class FigureInline : LeafInline
{
    public required string Table { get; init; }
    public required string Row { get; init; }
    public required string ColumnId { get; init; }
    public string Reference => $"{Table}/{Row}/{ColumnId}";

    /// <summary>The figure as the prose prints it (`{{fig 05/6/total 62}}`): kept as published and compared with the cell.</summary>
    public string? Printed { get; init; }

    /// <summary>Set when the page is linked: the number as the reader's language writes it, and its source.</summary>
    public string? Display { get; set; }
    public long? Value { get; set; }
    public string? SourceTitle { get; set; }
    public string? Href { get; set; }

    /// <summary>True when the prose's printed figure differs from the table's cell: shown as printed, marked.</summary>
    public bool Disagrees { get; set; }

    /// <summary>What the reader must know before quoting it, in the page's language: set when the page is linked.</summary>
    public IReadOnlyList<string> Caveats { get; set; } = [];

    /// <summary>The number of the page's note that states <see cref="Caveats"/> (0: none), and its accessible name.</summary>
    public int NoteNumber { get; set; }

    public string NoteLabel { get; set; } = string.Empty;
}
