using Microsoft.Extensions.FileProviders;

namespace Site.Theming;

/// <summary>
/// The theme as layers, file by file: a site's own theme/ first, then the default theme the tool ships. A file the
/// site has (theme/layouts/page.liquid, theme/assets/site.css) replaces the default's; every other file comes from
/// the default, so a site overrides one layout without copying the rest.
/// </summary>
public sealed class ThemeFolders
{
    private readonly IReadOnlyList<string> _layers;

    /// <param name="layers">Folders in order of precedence; those that do not exist are skipped.</param>
    public ThemeFolders(IEnumerable<string> layers)
    {
        _layers = layers.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).Where(Directory.Exists).ToList();
    }

    /// <summary>The site's theme over the default theme (null when there is none, e.g. in the repository's own tests).</summary>
    public static ThemeFolders Of(string siteTheme, string? defaultTheme) =>
        new(defaultTheme is null ? [siteTheme] : [siteTheme, defaultTheme]);

    /// <summary>The existing folders, highest precedence first (what `serve` watches).</summary>
    public IReadOnlyList<string> Layers => _layers;

    /// <summary>The full path of <paramref name="relativePath"/> ("fonts/NotoSans-Bold.ttf") in the first layer that has it.</summary>
    public string? Find(string relativePath) =>
        _layers.Select(layer => Path.Combine(layer, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>Every file under <paramref name="folder"/> in any layer, each taken from the first layer that has it, in ordinal order of its relative path.</summary>
    public IEnumerable<(string RelativePath, string FullPath)> Files(string folder)
    {
        var chosen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in _layers.Select(layer => Path.Combine(layer, folder)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                chosen.TryAdd(Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), file);
            }
        }

        return chosen.Select(pair => (pair.Key, pair.Value));
    }

    /// <summary>The files under <paramref name="folder"/> as one provider, for Liquid's include and render tags.</summary>
    public IFileProvider Provider(string folder)
    {
        var providers = _layers.Select(layer => Path.Combine(layer, folder)).Where(Directory.Exists)
            .Select(root => (IFileProvider)new PhysicalFileProvider(root)).ToArray();
        return providers.Length == 0 ? new NullFileProvider() : new CompositeFileProvider(providers);
    }
}
