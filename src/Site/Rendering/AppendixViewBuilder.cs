using Site.Content;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>An appendix page's table with what surrounds it: its source, its downloads, transcription notes and movements.</summary>
public static class AppendixViewBuilder
{
    public static AppendixView Build(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var table = page.Table!;
        var language = page.Language;
        var edition = model.Edition(table.EditionId)!;
        var downloads = DownloadPaths.Stem(table);
        return new AppendixView(
            TableViewBuilder.Build(model, table, t),
            edition.Issuer.Get(language),
            edition.Title.Get(language),
            edition.IssuedOn.Format(t.Dates),
            table.AttachedTo.Has(language) ? table.AttachedTo.Get(language) : string.Empty,
            table.Fingerprint,
            [
                new LinkView(t["download_xlsx"], link(DownloadPaths.Workbook(edition.Id, language))),
                new LinkView(t["download_reader_csv"], link(DownloadPaths.ReaderCsv(table, language))),
                new LinkView("CSV", link($"{downloads}.csv")),
                new LinkView(t["download_long"], link($"{downloads}-long.csv")),
                new LinkView("JSON", link($"{downloads}.json")),
                new LinkView(t["download_datapackage"], link(DownloadPaths.DataPackage(edition.Id))),
            ],
            table.TranscriptionNotes.Select(note => note.Get(language)).ToList(),
            table.Movements.Select(m => model.Find(PageKey.Movement(table.EditionId, m), language)).OfType<LinkedPage>()
                .Select(m => new LinkView(m.Title, link(m.Url), false, string.Empty, m.Number ?? string.Empty)).ToList());
    }
}
