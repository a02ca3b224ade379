using Site.Diagnostics;
using Site.Output;
using Site.Theming;

namespace Site.Publishing;

/// <summary>The theme's CSS, JavaScript and fonts, copied under assets/. The live-reload script ships only under `serve`.</summary>
public static class ThemeAssets
{
    public const string LiveReloadScript = "live-reload.js";

    public static IEnumerable<OutputFile> Copy(ThemeFolders theme, bool liveReload)
    {
        foreach (var (relative, file) in theme.Files("assets"))
        {
            if (relative == LiveReloadScript && !liveReload)
            {
                continue;
            }

            yield return new OutputFile("assets/" + relative, File.ReadAllBytes(file));
        }
    }
}
