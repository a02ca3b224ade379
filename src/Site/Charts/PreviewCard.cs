namespace Site.Charts;

/// <summary>
/// The texts of one social preview image, in the page's language and NFC: the page's title, the site's name, the
/// edition, the source (issuer and date; empty for a page of no edition) and the page's address, so that the image
/// says where it comes from when it travels alone; <see cref="Fact"/> is a story's headline fact (empty for none).
/// </summary>
public sealed record PreviewCard(string Title, string SiteName, string EditionTitle, string Source, string Address, string Fact = "")
{
    public IEnumerable<string> Texts() => [Title, SiteName, EditionTitle, Source, Address, Fact];
}
