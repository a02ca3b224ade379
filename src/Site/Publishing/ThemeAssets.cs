using Site.Diagnostics;
using Site.Output;

namespace Site.Publishing;

/// <summary>The theme's CSS, JavaScript and fonts, copied under assets/. The live-reload script ships only under `serve`.</summary>
public static class ThemeAssets
{
    public const string LiveReloadScript = "live-reload.js";

    public static IEnumerable<OutputFile> Copy(string themeDirectory, bool liveReload)
    {
        var root = Path.GetFullPath(Path.Combine(themeDirectory, "assets"));
        if (!Directory.Exists(root))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative == LiveReloadScript && !liveReload)
            {
                continue;
            }

            yield return new OutputFile("assets/" + relative, File.ReadAllBytes(file));
        }
    }
}
