using Site.Content;
using Site.Data;

namespace Site.Linking;

/// <summary>A press fact's figure, looked up in the table as published, and its sentence with that figure in the reader's format.</summary>
public static class PressFacts
{
    /// <summary>The table, row and column a fact quotes, when it quotes a printed cell (the link check reports any other).</summary>
    public static (AwardTable Table, TableRow Row, TableColumn Column, long Value)? CellOf(SiteModel model, string editionId, PressFact fact) =>
        fact.Cell is { } cell && model.Tables(editionId).FirstOrDefault(tb => tb.Number == cell.Appendix) is { } table
            && table.Row(cell.Row) is { } row && table.Column(cell.Column) is { } column && row.Cell(column.Id) is { } value
            ? (table, row, column, value)
            : null;

    /// <summary>The fact's sentence in <paramref name="language"/>, "{value}" replaced by its figure in that language's format.</summary>
    public static string Text(SiteModel model, string editionId, PressFact fact, string language)
    {
        var figure = CellOf(model, editionId, fact) is { } cell ? model.Content.Strings[language].Numbers.Format(cell.Value) : string.Empty;
        return fact.Text.Get(language).Replace("{value}", figure, StringComparison.Ordinal);
    }

    /// <summary>A story's headline fact (the press fact that names it as its `story`), or null when none does.</summary>
    public static string? HeadlineOf(SiteModel model, LinkedPage story)
    {
        if (story.Kind != OutputKind.Story || story.EditionId is null || story.Source is null)
        {
            return null;
        }

        var fact = model.Content.DataOf(story.EditionId).Facts.FirstOrDefault(f => f.Story == story.Source.Stem);
        return fact is null ? null : Text(model, story.EditionId, fact, story.Language);
    }
}
