using Site.Content;
using Site.Data;
using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>
/// The figures a home page puts first, the most quoted of the site: each appendix's total row, with the period the
/// figures cover and what the total counts, each figure linked to its cell.
/// </summary>
public static class KeyFigureViewBuilder
{
    /// <summary>The columns of a total row a reader asks for first: how many awards, to how many collectives and individuals.</summary>
    private static readonly string[] Columns = ["total", "collectives", "individuals"];

    public static IReadOnlyList<KeyFigureGroupView> Build(SiteModel model, LinkedPage page, Edition edition, InterfaceStrings t, Func<string, string> link)
    {
        var language = page.Language;
        var groups = new List<KeyFigureGroupView>();
        var notes = new List<FigureNoteView>();
        foreach (var table in model.Tables(edition.Id))
        {
            var total = table.Rows.FirstOrDefault(r => r.IsTotal);
            var appendix = model.Find(PageKey.Appendix(edition.Id, table.Number), language);
            if (total is null || appendix is null)
            {
                continue;
            }

            var groupNotes = new List<FigureNoteView>();
            var figures = new List<KeyFigureView>();
            foreach (var column in table.Columns.Where(c => Columns.Contains(c.Id) && total.Cell(c.Id) is not null))
            {
                var cell = $"cell-{Slugifier.Slugify(total.Id)}-{column.Id}";
                var url = link($"{appendix.Url}#{cell}");
                var caveats = FigureCaveats.For(table, total, column.Id, t);
                var marks = new List<int>();
                if (caveats.Count > 0)
                {
                    // One note per distinct caveat on the page, as the text's notes are numbered.
                    var known = notes.FirstOrDefault(n => n.Texts.SequenceEqual(caveats));
                    if (known is null)
                    {
                        known = new FigureNoteView(notes.Count + 1, caveats, url);
                        notes.Add(known);
                        groupNotes.Add(known);
                    }

                    marks.Add(known.Number);
                }

                figures.Add(new KeyFigureView($"key-{Slugifier.Slugify(table.Number)}-{cell}", column.Name(language), t.Numbers.Format(total.Cell(column.Id)!.Value), url, marks,
                    FigureCitation.For(model, table, total, column, t)));
            }

            var about = table.Subtitle.Has(language) ? table.Subtitle.Get(language) : table.Title.Get(language);
            groups.Add(new KeyFigureGroupView(
                $"{t["appendix"]} {table.Number}: {about}",
                link(appendix.Url),
                table.Period is { } period && period.Label.Has(language) ? period.Label.Get(language) : string.Empty,
                table.TotalCounts.Has(language) ? table.TotalCounts.Get(language) : string.Empty,
                figures,
                groupNotes));
        }

        return groups;
    }
}
