using Site.Content;

namespace Site.Data;

/// <summary>An uncertain reading in words, in one language: the row, the columns it is about (or the whole row) and its note.</summary>
public static class ReadingSentence
{
    public static string For(AwardTable table, TableRow row, UncertainReading reading, InterfaceStrings t)
    {
        var language = t.Language;
        var template = reading.IsWholeRow ? t["uncertain_row"] : reading.Columns.Count == 1 ? t["uncertain_cell"] : t["uncertain_cells"];
        var columns = string.Join(", ", reading.Columns.Select(c => $"“{table.Column(c)!.Name(language)}”"));
        return template
            .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
            .Replace("{columns}", columns, StringComparison.Ordinal)
            .Replace("{note}", reading.Note.Get(language), StringComparison.Ordinal);
    }
}
