namespace Site.Rendering.Views;

/// <summary>A link as a layout shows it: text, href (relative), and whether it is the current page.</summary>
public sealed record LinkView(string Title, string Url, bool Current = false, string Summary = "", string Number = "")
{
    /// <summary>No link (no previous page, say): layouts test `url != ""`, because a strict template treats null as a typo.</summary>
    public static readonly LinkView None = new(string.Empty, string.Empty);
}
