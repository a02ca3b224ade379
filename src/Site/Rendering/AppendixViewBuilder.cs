using Site.Content;
using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>An appendix page's table with what surrounds it: its source, its downloads, transcription notes and movements.</summary>
public static class AppendixViewBuilder
{
    public static AppendixView Build(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var table = page.Table!;
        var language = page.Language;
        var edition = model.Edition(table.EditionId)!;
        var downloads = $"data/{table.EditionId}/appendix-{Slugifier.Slugify(table.Number)}";
        return new AppendixView(
            TableViewBuilder.Build(table, t),
            edition.Issuer.Get(language),
            edition.Title.Get(language),
            edition.DateDisplay.Get(language),
            table.AttachedTo.Has(language) ? table.AttachedTo.Get(language) : string.Empty,
            table.Fingerprint,
            [
                new LinkView("CSV", link($"{downloads}.csv")),
                new LinkView(t["download_long"], link($"{downloads}-long.csv")),
                new LinkView("JSON", link($"{downloads}.json")),
            ],
            table.TranscriptionNotes.Select(note => note.Get(language)).ToList(),
            table.Movements.Select(m => model.Find(PageKey.Movement(table.EditionId, m), language)).OfType<LinkedPage>()
                .Select(m => new LinkView(m.Title, link(m.Url), false, string.Empty, m.Number ?? string.Empty)).ToList());
    }
}
