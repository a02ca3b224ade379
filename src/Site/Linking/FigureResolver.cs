using System.Collections.Concurrent;
using System.Globalization;
using Site.Content;
using Site.Data;
using Site.Diagnostics;
using Site.Markdown;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// Resolves `{{fig …}}` against the published tables of the page's edition; a missing table, row or column is an
/// error. A figure the text prints differently from its cell is a warning unless the table's `confirmed_findings`
/// records both figures.
/// </summary>
public sealed class FigureResolver
{
    private readonly SiteModel _model;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConcurrentDictionary<ConfirmedProseFigure, bool> _cited = new();

    public FigureResolver(SiteModel model, DiagnosticBag diagnostics)
    {
        _model = model;
        _diagnostics = diagnostics;
    }

    public void Resolve(FigureInline figure, LinkedPage page, string file, SourcePosition at)
    {
        var language = page.Language;
        var tables = _model.Tables(page.EditionId);
        var table = tables.FirstOrDefault(t => t.Number == figure.Table);
        if (table is null && _model.Content.MayBeUnreadable($"editions/{page.EditionId}/appendices/{figure.Table}."))
        {
            return; // The table's own error is reported: one mistake, one message.
        }

        if (table is null)
        {
            Error($"there is no appendix table '{figure.Table}' in this edition {Suggestions.DidYouMean(figure.Table, tables.Select(t => t.Number))}");
            return;
        }

        var row = table.Row(figure.Row);
        if (row is null)
        {
            Error($"appendix {table.Number} has no row '{figure.Row}' {Suggestions.DidYouMean(figure.Row, table.Rows.Select(r => r.Id))}");
            return;
        }

        var column = table.Column(figure.ColumnId);
        if (column is null)
        {
            Error($"appendix {table.Number} has no column '{figure.ColumnId}' {Suggestions.DidYouMean(figure.ColumnId, table.Columns.Select(c => c.Id))}");
            return;
        }

        var value = row.Cell(column.Id);
        if (value is null && figure.Printed is null)
        {
            Error($"the cell {figure.Reference} is empty in the published table");
            return;
        }

        figure.Value = value;
        var strings = _model.Content.Strings[language];
        figure.SourceTitle = $"{strings["appendix"]} {table.Number} · {row.Label.Get(language)} · {column.Label.Get(language)}";
        var appendix = _model.Find(PageKey.Appendix(table.EditionId, table.Number), language);
        figure.Href = appendix is null ? "#" : $"/{appendix.Url}#cell-{Slugifier.Slugify(row.Id)}-{column.Id}"; // From the site root: rendered relative to each page that shows it.
        figure.Display = value is null ? string.Empty : strings.Numbers.Format(value.Value);
        if (figure.Printed is { } printed)
        {
            var digits = new string(printed.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length == 0)
            {
                Error($"the figure the text prints for {figure.Reference}, '{printed}', is not a number");
                return;
            }

            var printedValue = long.Parse(digits, CultureInfo.InvariantCulture);
            figure.Display = language == _model.Content.Config.DefaultLanguage ? printed : strings.Numbers.Format(printedValue);
            if (printedValue != value)
            {
                figure.Disagrees = true;
                Disagreement(table, row.Id, column.Id, printed, printedValue, value, figure.Reference, file, at);
            }
        }

        string[] differs = figure.Disagrees
            ? [strings[value is null ? "figure_text_differs_empty" : "figure_text_differs"]
                .Replace("{printed}", figure.Display, StringComparison.Ordinal)
                .Replace("{table}", $"{strings["appendix"]} {table.Number}", StringComparison.Ordinal)
                .Replace("{published}", value is { } v ? strings.Numbers.Format(v) : strings["empty_cell"], StringComparison.Ordinal)
                .Replace("{row}", row.Label.Get(language), StringComparison.Ordinal)
                .Replace("{column}", column.Name(language), StringComparison.Ordinal)]
            : [];
        figure.Caveats = [.. differs, .. FigureCaveats.For(table, row, column.Id, strings)];

        void Error(Translatable message) => _diagnostics.Error(DiagnosticCodes.FigureReference, file, at, message,
            $"Write figure references as {{{{fig TABLE/ROW/COLUMN}}}}, e.g. {{{{fig 05/1/flags}}}}.");
    }

    /// <summary>Every confirmed prose figure that no built page printed: the text it acknowledged has changed.</summary>
    public void ReportUnusedConfirmations()
    {
        foreach (var table in _model.Content.Tables)
        {
            foreach (var confirmation in table.ConfirmedFindings.OfType<ConfirmedProseFigure>()
                .Where(c => !_cited.ContainsKey(c) && table.Row(c.RowId)!.Cell(c.ColumnId) == c.Published))
            {
                _diagnostics.Warning(DiagnosticCodes.ConfirmationStale, table.File.DisplayPath, confirmation.At,
                    $"confirmed finding '{confirmation.RowId}/{confirmation.ColumnId}' acknowledges the text printing {confirmation.TextPrints} where the table prints {CellInMessage.Show(confirmation.Published)}, but no page prints it so",
                    $"If the text was corrected, remove the entry; otherwise check the figure the page prints.");
            }
        }
    }

    private void Disagreement(AwardTable table, string rowId, string columnId, string printed, long printedValue, long? value, string reference, string file, SourcePosition at)
    {
        var message = Mismatch(printed, table.Number, reference, value);
        var confirmations = table.ConfirmedFindings.OfType<ConfirmedProseFigure>().Where(c => c.RowId == rowId && c.ColumnId == columnId).ToList();
        if (confirmations.FirstOrDefault(c => c.Published == value && c.TextPrints == printedValue) is { } confirmed)
        {
            _cited[confirmed] = true;
            _diagnostics.Info(DiagnosticCodes.ProseFigureMismatch, file, at, $"{message} (confirmed in {table.File.DisplayPath}, line {confirmed.At.Line}); the page marks the difference");
            return;
        }

        var earlier = confirmations.Select(c => Acknowledged(table.File.DisplayPath, c.At.Line, c.TextPrints, CellInMessage.Show(c.Published)));
        var entry = $"{{ cell: \"{rowId}/{columnId}\", published: {value?.ToString(CultureInfo.InvariantCulture) ?? "~"}, text_prints: {printedValue} }}";
        _diagnostics.Warning(DiagnosticCodes.ProseFigureMismatch, file, at, $"{message}{Translatable.Join(string.Empty, earlier)}",
            $"Correct the text if it is a slip. If the report's text prints it so, add to confirmed_findings in {table.File.DisplayPath}: {entry}");
    }

    private static Translatable Mismatch(string printed, string table, string reference, long? value)
    {
        if (value is null)
        {
            return $"the text prints {printed} but appendix {table} ({reference}) prints nothing (an empty cell)";
        }

        return $"the text prints {printed} but appendix {table} ({reference}) prints {value.Value}";
    }

    private static Translatable Acknowledged(string file, int line, long textPrints, Translatable published) =>
        $"; {file} (line {line}) acknowledged the text printing {textPrints} where the table prints {published}";

}
