namespace Site.Charts;

/// <summary>The texts of one social preview image, in the page's language and NFC.</summary>
public sealed record PreviewCard(string Title, string SiteName, string EditionTitle, string Footer)
{
    public IEnumerable<string> Texts() => [Title, SiteName, EditionTitle, Footer];
}
