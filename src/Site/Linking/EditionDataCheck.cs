using Site.Content;
using Site.Diagnostics;
using Site.Text;

namespace Site.Linking;

/// <summary>
/// What only the whole site can tell about press.yml, places.yml, corrections.yml and edition.yml's original: that
/// each cell, page and story they name exists, that each place is named somewhere in the report's source language,
/// and that an original document kept as a file is there. Each problem at its line, with what would be right.
/// </summary>
public static class EditionDataCheck
{
    public static void Check(SiteModel model, DiagnosticBag diagnostics)
    {
        var content = model.Content;
        foreach (var edition in content.Editions)
        {
            var data = content.DataOf(edition.Id);
            var folder = $"input/editions/{edition.Id}";
            foreach (var fact in data.Facts)
            {
                var file = $"{folder}/{EditionDataReader.PressFile}";
                // A table that could not be read had its own error: what names it is not reported again.
                if (fact.Cell is { } cell && !content.MayBeUnreadable($"editions/{edition.Id}/appendices/{cell.Appendix}."))
                {
                    CheckCell(model, edition.Id, cell, file, fact.At, diagnostics);
                }

                CheckPage(model, edition.Id, fact.Page, file, fact.At, diagnostics);
                CheckPage(model, edition.Id, fact.Story is null ? null : $"stories/{fact.Story}", file, fact.At, diagnostics);
            }

            foreach (var correction in data.Corrections)
            {
                CheckPage(model, edition.Id, correction.Page, $"{folder}/{EditionDataReader.CorrectionsFile}", correction.At, diagnostics);
            }

            var source = content.Config.DefaultLanguage;
            foreach (var place in data.Places)
            {
                if (place.Within is { } within && data.Places.All(p => p.Id != within))
                {
                    diagnostics.Error(DiagnosticCodes.EditionDataReference, $"{folder}/{EditionDataReader.PlacesFile}", place.At,
                        $"the place '{place.Id}' lies 'within' '{within}', which is not a place of this file {Suggestions.DidYouMean(within, data.Places.Select(p => p.Id))}",
                        $"Use the id of another place, or leave 'within' out.");
                }

                if (PlaceMentions.Of(model, place, edition.Id, source).Count == 0)
                {
                    diagnostics.Warning(DiagnosticCodes.PlaceNotMentioned, $"{folder}/{EditionDataReader.PlacesFile}", place.At,
                        $"no sentence of this edition's {source} pages names '{place.Id}' as {AnyOf(place.Forms.GetValueOrDefault(source) ?? [])}",
                        $"Write its 'forms' as the text spells them (exactly, with capitals and marks), or remove the place.");
                }
            }

            if (edition.Original is { File: { } original } && !content.InputFiles.Any(f => f.RelativePath == $"editions/{edition.Id}/{original}"))
            {
                diagnostics.Error(DiagnosticCodes.OriginalDocumentMissing, $"{folder}/edition.yml", edition.Original.At,
                    $"the original document '{original}' is not in {folder}/", $"Put the file at {folder}/{original}, or give its address as 'url'.");
            }
        }
    }

    private static void CheckCell(SiteModel model, string edition, TableCell cell, string file, SourcePosition at, DiagnosticBag diagnostics)
    {
        var tables = model.Tables(edition);
        var table = tables.FirstOrDefault(t => t.Number == cell.Appendix);
        if (Problem() is { } problem)
        {
            diagnostics.Error(DiagnosticCodes.EditionDataReference, file, at, problem, $"Name a printed cell: 'cell: {{ appendix: \"02\", row: total, column: total }}'.");
        }

        Translatable? Problem()
        {
            if (table is null)
            {
                return $"there is no appendix '{cell.Appendix}' in this edition {Suggestions.DidYouMean(cell.Appendix, tables.Select(t => t.Number))}";
            }

            if (table.Row(cell.Row) is null)
            {
                return $"appendix {cell.Appendix} has no row '{cell.Row}' {Suggestions.DidYouMean(cell.Row, table.Rows.Select(r => r.Id))}";
            }

            if (table.Column(cell.Column) is null)
            {
                return $"appendix {cell.Appendix} has no column '{cell.Column}' {Suggestions.DidYouMean(cell.Column, table.Columns.Select(c => c.Id))}";
            }

            if (table.Row(cell.Row)!.Cell(cell.Column) is null)
            {
                return $"appendix {cell.Appendix}, row '{cell.Row}', column '{cell.Column}' was printed empty: there is no figure to quote";
            }

            return null;
        }
    }

    /// <summary>The forms of a place as the message quotes them: “Hà Nội” or “TP Hà Nội” (nothing when it has none).</summary>
    private static Translatable AnyOf(IReadOnlyList<string> forms)
    {
        if (forms.Count == 0)
        {
            return $"";
        }

        Translatable first = $"“{forms[0]}”";
        return forms.Skip(1).Aggregate(first, (all, form) => $"{all} or “{form}”");
    }

    private static void CheckPage(SiteModel model, string edition, string? page, string file, SourcePosition at, DiagnosticBag diagnostics)
    {
        if (page is not null && !model.Content.MayBeUnreadable($"editions/{edition}/{page}.") && model.Find(PageKey.InSection(edition, page.Split('/')[0], string.Join('/', page.Split('/').Skip(1))), model.Content.Config.DefaultLanguage) is null)
        {
            var known = model.Pages.Where(p => p.EditionId == edition && p.Source is not null && p.Language == model.Content.Config.DefaultLanguage)
                .Select(p => $"{p.Section}/{p.Source!.Stem}");
            diagnostics.Error(DiagnosticCodes.EditionDataReference, file, at,
                $"there is no page '{page}' in this edition {Suggestions.DidYouMean(page, known)}", $"Name a page as section/file-name, e.g. movements/covid-19 or stories/hoang-tung.");
        }
    }
}
