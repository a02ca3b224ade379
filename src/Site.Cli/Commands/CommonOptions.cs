using System.CommandLine;
using Site.Diagnostics;
using Site.Build;

namespace Site.Cli.Commands;

/// <summary>The options every building command shares, and how they become <see cref="BuildOptions"/>.</summary>
internal sealed class CommonOptions(string defaultOutput = "_site", string outputDescription = "Where the site is written.")
{
    public Option<string> Input { get; } = new("--input") { Description = "The content folder.", DefaultValueFactory = _ => "input" };
    public Option<string> Theme { get; } = new("--theme") { Description = "The site's own theme folder: its files replace the default theme's, one by one.", DefaultValueFactory = _ => "theme" };
    public Option<string> Output { get; } = new("--output") { Description = outputDescription, DefaultValueFactory = _ => defaultOutput };
    public Option<string?> BaseUrl { get; } = new("--base-url") { Description = "The published address, e.g. https://owner.github.io/repo/ (overrides site.yml)." };
    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors (for publishing)." };
    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include draft pages and draft editions." };
    public Option<string> CacheDir { get; } = new("--cache-dir")
    {
        Description = "Where drawn charts and preview images are kept between builds (default: $SITE_CACHE_DIR, else $XDG_CACHE_HOME/site or ~/.cache/site). Safe to delete at any time.",
        DefaultValueFactory = _ => DefaultCacheDirectory(),
    };
    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Draw every image again and keep none." };

    public void AddTo(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(Theme);
        command.Options.Add(Output);
        command.Options.Add(BaseUrl);
        command.Options.Add(Strict);
        command.Options.Add(Drafts);
        command.Options.Add(CacheDir);
        command.Options.Add(NoCache);
    }

    public BuildOptions Read(ParseResult result) => new()
    {
        InputDirectory = result.GetValue(Input)!,
        ThemeDirectory = result.GetValue(Theme)!,
        ThemeRequired = result.GetResult(Theme) is { Implicit: false },
        DefaultThemeDirectory = DefaultTheme,
        OutputDirectory = result.GetValue(Output)!,
        BaseUrl = result.GetValue(BaseUrl),
        Strict = result.GetValue(Strict),
        Drafts = result.GetValue(Drafts),
        CacheDirectory = result.GetValue(NoCache) ? null : result.GetValue(CacheDir),
    };

    /// <summary>The theme the tool ships beside its assembly (see Site.Cli.csproj).</summary>
    public static string DefaultTheme => Path.Combine(AppContext.BaseDirectory, "theme");

    /// <summary>The XDG base directory convention, as Hugo's cacheDir follows it.</summary>
    private static string DefaultCacheDirectory()
    {
        if (Environment.GetEnvironmentVariable("SITE_CACHE_DIR") is { Length: > 0 } chosen)
        {
            return chosen;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = string.IsNullOrEmpty(xdg) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache") : xdg;
        return Path.Combine(root, "site");
    }
}
