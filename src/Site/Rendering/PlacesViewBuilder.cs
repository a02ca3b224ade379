using Site.Content;
using Site.Linking;
using Site.Rendering.Views;

namespace Site.Rendering;

/// <summary>The places index of an edition: its places grouped by kind (in the order places.yml's schema gives), each with the sentences that name it.</summary>
public static class PlacesViewBuilder
{
    public static IReadOnlyList<PlaceGroupView> Build(SiteModel model, LinkedPage page, InterfaceStrings t, Func<string, string> link)
    {
        var places = model.Content.DataOf(page.EditionId!).Places;
        var language = page.Language;
        var culture = System.Globalization.CultureInfo.GetCultureInfo(t["locale"]);
        return EditionDataReader.PlaceKinds
            .Select(kind => new PlaceGroupView(t[$"place_kind_{kind}"], places.Where(p => p.Kind == kind)
                .OrderBy(p => p.Name.Get(language), StringComparer.Create(culture, ignoreCase: true))
                .Select(p => new PlaceView(
                    $"place-{p.Id}",
                    p.Name.Get(language),
                    p.Within is { } within && places.FirstOrDefault(o => o.Id == within) is { } parent ? new LinkView(parent.Name.Get(language), $"#place-{parent.Id}") : LinkView.None,
                    PlaceMentions.Of(model, p, page.EditionId!, language).Select(m => new MentionView(m.Sentence, m.Page.Title, link(m.Url))).ToList()))
                .ToList()))
            .Where(g => g.Places.Count > 0)
            .ToList();
    }
}
