using Site.Content;
using Site.Linking;

namespace Site.Rendering;

/// <summary>The trail from the home page to a page: home, edition, section, page (site-relative URLs).</summary>
public static class Breadcrumbs
{
    public static IReadOnlyList<LinkedPage> For(SiteModel model, LinkedPage page)
    {
        var trail = new List<LinkedPage>();
        if (model.Find(PageKey.Home, page.Language) is { } home && page.Kind != OutputKind.Home)
        {
            trail.Add(home);
        }

        if (page.EditionId is { } edition && page.Kind != OutputKind.EditionHome && model.Find(PageKey.EditionHome(edition), page.Language) is { } editionHome)
        {
            trail.Add(editionHome);
        }

        if (page.Kind is OutputKind.Chapter or OutputKind.Movement or OutputKind.Story or OutputKind.Appendix
            && page.EditionId is { } sectionEdition && model.Find(PageKey.SectionIndex(sectionEdition, page.Section), page.Language) is { } section)
        {
            trail.Add(section);
        }

        trail.Add(page);
        return trail;
    }
}
