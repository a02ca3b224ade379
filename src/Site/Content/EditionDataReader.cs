using Site.Diagnostics;

namespace Site.Content;

/// <summary>
/// Reads what editors keep beside an edition: press.yml (ready-to-quote facts), places.yml (the places and units the
/// report names) and corrections.yml (dated corrections and notices). Each file is optional; each problem is
/// reported at its line, and the build goes on with the entries that could be read.
/// </summary>
public static class EditionDataReader
{
    public const string PressFile = "press.yml";
    public const string PlacesFile = "places.yml";
    public const string CorrectionsFile = "corrections.yml";

    /// <summary>The kinds of place the index groups by, in the order it shows them.</summary>
    public static readonly string[] PlaceKinds = ["province", "city", "district", "commune", "school", "hospital", "unit"];

    public static EditionData Read(string editionId, Func<string, SourceFile?> find, IReadOnlyList<string> languages, DiagnosticBag diagnostics) => new(
        editionId,
        ReadFacts(find($"editions/{editionId}/{PressFile}"), diagnostics),
        ReadPlaces(find($"editions/{editionId}/{PlacesFile}"), languages, diagnostics),
        ReadCorrections(find($"editions/{editionId}/{CorrectionsFile}"), diagnostics));

    public static IReadOnlyList<PressFact> ReadFacts(SourceFile? file, DiagnosticBag diagnostics)
    {
        var facts = new List<PressFact>();
        foreach (var item in TermListReader.ReadItems(file, "facts", diagnostics))
        {
            item.RejectUnknownKeys(["id", "text", "cell", "page", "period", "caveat", "story"], $"a press fact");
            var cell = item.Map("cell");
            cell?.RejectUnknownKeys(["appendix", "row", "column"], $"a fact's cell");
            var id = item.String("id", required: true) ?? string.Empty;
            if (cell is null && !item.Has("page"))
            {
                diagnostics.Error(DiagnosticCodes.PressFactWithoutSource, item.File, item.Start,
                    $"the fact '{id}' says neither where its figure is printed ('cell') nor on which page ('page')",
                    $"Give it 'cell: {{ appendix: \"02\", row: total, column: total }}' or 'page: movements/<name>'.");
            }

            facts.Add(new PressFact(
                id,
                item.Localized("text", required: true) ?? LocalizedText.Empty,
                cell is null ? null : new TableCell(cell.String("appendix", required: true) ?? string.Empty, cell.String("row", required: true) ?? string.Empty,
                    cell.String("column", required: true) ?? string.Empty),
                item.String("page"),
                item.Localized("period") ?? LocalizedText.Empty,
                item.Localized("caveat") ?? LocalizedText.Empty,
                item.String("story"),
                item.Start));
        }

        return Unique(facts, f => f.Id, f => f.At, file, diagnostics);
    }

    public static IReadOnlyList<Place> ReadPlaces(SourceFile? file, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var places = new List<Place>();
        foreach (var item in TermListReader.ReadItems(file, "places", diagnostics))
        {
            item.RejectUnknownKeys(["id", "name", "kind", "within", "forms"], $"a place");
            var kind = item.String("kind", required: true) ?? "unit";
            if (!PlaceKinds.Contains(kind))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, item.File, item.PositionOf("kind"), $"'{kind}' is not a kind of place",
                    $"Use one of: {string.Join(", ", PlaceKinds)}.");
            }

            var forms = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var map = item.Map("forms", required: true);
            map?.RejectUnknownKeys(languages, $"a place's forms");
            foreach (var language in languages)
            {
                forms[language] = map?.StringList(language) ?? [];
            }

            places.Add(new Place(item.String("id", required: true) ?? string.Empty, item.Localized("name", required: true) ?? LocalizedText.Empty, kind,
                item.String("within"), forms, item.Start));
        }

        return Unique(places, p => p.Id, p => p.At, file, diagnostics);
    }

    public static IReadOnlyList<Correction> ReadCorrections(SourceFile? file, DiagnosticBag diagnostics)
    {
        var corrections = new List<Correction>();
        foreach (var item in TermListReader.ReadItems(file, "entries", diagnostics))
        {
            item.RejectUnknownKeys(["date", "kind", "page", "text"], $"a correction");
            var date = item.String("date", required: true) ?? "1970-01-01";
            if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                diagnostics.Error(DiagnosticCodes.BadDate, item.File, item.PositionOf("date"), $"'{date}' is not a date of the calendar",
                    $"Write the day the change was published as YYYY-MM-DD (e.g. 2026-12-01).");
                date = "1970-01-01";
            }

            var kind = item.String("kind") ?? "correction";
            if (!Correction.Kinds.Contains(kind))
            {
                diagnostics.Error(DiagnosticCodes.WrongType, item.File, item.PositionOf("kind"), $"'{kind}' is neither 'correction' nor 'notice'",
                    $"A correction says something published was wrong; a notice says something changed or was added.");
            }

            corrections.Add(new Correction(date, kind, item.String("page"), item.Localized("text", required: true) ?? LocalizedText.Empty, item.Start));
        }

        // Newest first, as a log is read; entries of one day keep the order the editors wrote them in.
        return corrections.OrderByDescending(c => c.Date, StringComparer.Ordinal).ToList();
    }

    private static IReadOnlyList<T> Unique<T>(List<T> items, Func<T, string> id, Func<T, SourcePosition> at, SourceFile? file, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in items.GroupBy(id).Where(g => g.Count() > 1))
        {
            var second = duplicate.Skip(1).First();
            diagnostics.Error(DiagnosticCodes.NameCollision, file?.DisplayPath ?? string.Empty, at(second),
                $"id '{duplicate.Key}' is used {duplicate.Count()} times", $"Give each entry its own id.");
        }

        return items.DistinctBy(id).ToList();
    }
}
