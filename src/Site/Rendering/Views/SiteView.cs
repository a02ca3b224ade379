namespace Site.Rendering.Views;

/// <summary>What every layout knows about the site in the page's language: its name, menus and assets.</summary>
public sealed record SiteView(
    string Title,
    string Language,
    string HomeUrl,
    string SearchUrl,
    string GlossaryUrl,
    string ArchiveUrl,
    string AssetsUrl,
    string SearchIndexUrl,
    IReadOnlyList<LinkView> Menu,
    string Licence,
    string Contact,
    bool LiveReload);
