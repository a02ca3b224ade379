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
    bool LiveReload)
{
    /// <summary>Who publishes the site (site.yml `publisher`); empty when not given.</summary>
    public string Publisher { get; init; } = string.Empty;

    /// <summary>The contact as a link: mailto: for an e-mail address, else the address itself; empty when there is none.</summary>
    public string ContactUrl { get; init; } = string.Empty;

    /// <summary>The corrections page of the page's edition (or of the latest edition), relative; empty when there is none.</summary>
    public string CorrectionsUrl { get; init; } = string.Empty;
}
