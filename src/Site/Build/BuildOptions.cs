using Site.Diagnostics;
namespace Site.Build;

/// <summary>What the user asked of one build.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";
    public string ThemeDirectory { get; init; } = "theme";
    public string OutputDirectory { get; init; } = "_site";
    public string? BaseUrl { get; init; }
    public bool Strict { get; init; }
    public bool Drafts { get; init; }

    /// <summary>A folder where drawn images are kept between builds (see <see cref="Charts.ImageCache"/>); null keeps none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Serve mode injects the live-reload script; never on a published build.</summary>
    public bool LiveReload { get; init; }
}
