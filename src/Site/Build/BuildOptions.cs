using Site.Diagnostics;
namespace Site.Build;

/// <summary>What the user asked of one build.</summary>
public sealed record BuildOptions
{
    public string InputDirectory { get; init; } = "input";
    public string ThemeDirectory { get; init; } = "theme";

    /// <summary>Whether the user named <see cref="ThemeDirectory"/> (--theme): then it must exist; the default one may not.</summary>
    public bool ThemeRequired { get; init; }

    /// <summary>The tool's own theme, under the site's: a layout, asset or font the site's theme/ lacks comes from here.</summary>
    public string? DefaultThemeDirectory { get; init; }
    public string OutputDirectory { get; init; } = "_site";
    public string? BaseUrl { get; init; }
    public bool Strict { get; init; }
    public bool Drafts { get; init; }

    /// <summary>A folder where drawn images are kept between builds (see <see cref="Charts.ImageCache"/>); null keeps none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Serve mode injects the live-reload script; never on a published build.</summary>
    public bool LiveReload { get; init; }
}
