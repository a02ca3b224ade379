using Site.Content;
using Site.Diagnostics;
using Site.Markdown;
using Site.Text;

namespace Site.Linking;

/// <summary>Resolves `{{fig …}}` against the published tables of the page's edition; a missing table, row or column is an error.</summary>
public sealed class FigureResolver
{
    private readonly SiteModel _model;
    private readonly DiagnosticBag _diagnostics;

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
        if (table is null)
        {
            Error($"there is no appendix table '{figure.Table}' in this edition {Suggestions.DidYouMean(figure.Table, tables.Select(t => t.Number))}".TrimEnd());
            return;
        }

        var row = table.Row(figure.Row);
        if (row is null)
        {
            Error($"appendix {table.Number} has no row '{figure.Row}' {Suggestions.DidYouMean(figure.Row, table.Rows.Select(r => r.Id))}".TrimEnd());
            return;
        }

        var column = table.Column(figure.ColumnId);
        if (column is null)
        {
            Error($"appendix {table.Number} has no column '{figure.ColumnId}' {Suggestions.DidYouMean(figure.ColumnId, table.Columns.Select(c => c.Id))}".TrimEnd());
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
            var printedValue = digits.Length > 0 ? long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : -1;
            figure.Display = language == _model.Content.Config.DefaultLanguage ? printed : strings.Numbers.Format(printedValue);
            if (printedValue != value)
            {
                figure.Disagrees = true;
                _diagnostics.Info(DiagnosticCodes.ProseFigureMismatch, file, at,
                    $"the text prints {printed} but appendix {table.Number} ({figure.Reference}) prints {(value is null ? "nothing (an empty cell)" : value)}",
                    "Both are kept as published; the page marks the difference.");
            }
        }

        void Error(string message) => _diagnostics.Error(DiagnosticCodes.FigureReference, file, at, message,
            "Write figure references as {{fig TABLE/ROW/COLUMN}}, e.g. {{fig 05/1/flags}}.");
    }
}
