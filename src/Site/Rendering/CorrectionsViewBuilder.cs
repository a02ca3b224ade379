using Site.Content;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>The corrections page's entries, newest first, each dated in the reader's language and linked to the page it concerns.</summary>
public static class CorrectionsViewBuilder
{
    public static IReadOnlyList<CorrectionView> Build(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var entries = model.Content.DataOf(page.EditionId!).Corrections;
        return entries.Select(entry =>
        {
            var target = entry.Page is null ? null : model.Find(PageKey.FromSourcePath($"editions/{page.EditionId}/{entry.Page}"), page.Language);
            return new CorrectionView(CorrectionAnchors.Of(entry, entries), (Text.PartialDate.Parse(entry.Date)?.Format(t.Dates) ?? entry.Date), entry.Date, entry.Kind, t[$"correction_kind_{entry.Kind}"],
                entry.Text.Get(page.Language), target is null ? LinkView.None : new LinkView(target.Title, link(target.Url)));
        }).ToList();
    }
}
