using Site.Build;
using Site.Tests.Support;

namespace Site.Tests.Tool;

/// <summary>The default theme the tool ships, under a site's own theme/, file by file.</summary>
public class ThemeOverrideTests
{
    private const string Site = TestSite.MinimalSite + """

        -- input/pages/about.vi.md --
        ---
        title: "Giới thiệu"
        summary: "Về trang."
        ---
        Văn bản.
        -- input/pages/about.en.md --
        ---
        title: "About"
        summary: "About the site."
        ---
        Text.
        """;

    private static readonly string DefaultTheme = Path.Combine(TestSite.RepositoryRoot, "theme");

    [Fact]
    public void ASiteWithoutATheme_IsBuiltWithTheDefaultTheme()
    {
        using var site = TestSite.Create(Site, withRealTheme: false);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "theme")));
        var result = Build(site);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(Path.Combine(DefaultTheme, "assets", "site.css")), File.ReadAllBytes(Path.Combine(site.Output, "assets", "site.css")));
    }

    [Fact]
    public void ASitesLayoutAndAsset_ReplaceTheDefaults_AndEveryOtherFileStillComesFromTheDefault()
    {
        using var site = TestSite.Create(Site + """

            -- theme/layouts/page.liquid --
            <p class="own-layout">{{ page.title }}</p>
            -- theme/assets/site.css --
            /* the site's own stylesheet */
            """, withRealTheme: false);
        var result = Build(site);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        site.AssertFile("en/about/index.html", "<p class=\"own-layout\">About</p>");
        Assert.Equal("/* the site's own stylesheet */\n", File.ReadAllText(Path.Combine(site.Output, "assets", "site.css")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(DefaultTheme, "assets", "site.js")), File.ReadAllBytes(Path.Combine(site.Output, "assets", "site.js")));
        site.AssertFile("index.html", "! own-layout"); // the home page keeps the default's home layout
    }

    [Fact]
    public void WithoutTheDefaultTheme_APartialThemeIsMissingItsOtherLayouts()
    {
        using var site = TestSite.Create(Site + """

            -- theme/layouts/page.liquid --
            <p>{{ page.title }}</p>
            """, withRealTheme: false);
        var result = Build(site, defaultTheme: null);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "SITE040" && d.File == "theme/layouts/base.liquid");
    }

    private static BuildResult Build(TestSite site, string? defaultTheme = "default") => SiteBuilder.Build(new BuildOptions
    {
        InputDirectory = site.Input,
        ThemeDirectory = Path.Combine(site.Root, "theme"),
        DefaultThemeDirectory = defaultTheme is null ? null : DefaultTheme,
        OutputDirectory = site.Output,
    });
}
