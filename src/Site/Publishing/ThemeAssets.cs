using Site.Diagnostics;
using Site.Output;
using Site.Theming;

namespace Site.Publishing;

/// <summary>
/// The theme's CSS, JavaScript and fonts, copied under assets/. The live-reload script ships only under `serve`. A
/// file behind a symbolic link is published only while the link stays inside an assets/ folder of the theme: a link
/// elsewhere would publish any file of the machine (a key, a password file) to the web.
/// </summary>
public static class ThemeAssets
{
    public const string LiveReloadScript = "live-reload.js";

    public static IEnumerable<OutputFile> Copy(ThemeFolders theme, bool liveReload, DiagnosticBag diagnostics)
    {
        var roots = theme.Layers.Select(layer => RealPath(Path.Combine(layer, "assets"))).OfType<string>().ToList();
        var files = new List<OutputFile>();
        foreach (var (relative, file) in theme.Files("assets"))
        {
            var display = $"theme/assets/{relative}";
            var real = RealPath(file);
            if (real is not null && Directory.Exists(real))
            {
                // The enumeration followed a link to a folder that holds it until the path grew too long: name the link.
                var root = file[..^relative.Length];
                var segments = relative.Split('/');
                var link = Enumerable.Range(1, segments.Length).Select(n => string.Join('/', segments[..n])).First(p => RealPath(root + p) == real);
                diagnostics.Error(DiagnosticCodes.UnsafePath, $"theme/assets/{link}", SourcePosition.Start, "this symbolic link to a folder makes a loop",
                    "Replace the link with the folder it should point to.");
            }
            else if (real is null)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, display, SourcePosition.Start, "this symbolic link makes a loop or points to nothing",
                    "Replace the link with the file it should point to.");
            }
            else if (!roots.Any(root => real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, display, SourcePosition.Start, $"this symbolic link leaves theme/assets/ (it points to '{real}')",
                    "Copy the file into theme/assets/ instead of linking to it.");
            }
            else if (relative != LiveReloadScript || liveReload)
            {
                files.Add(new OutputFile("assets/" + relative, File.ReadAllBytes(real)));
            }
        }

        return files;
    }

    /// <summary>The path with every symbolic link on it resolved, or null for a loop or a link to nothing.</summary>
    private static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var parent = Path.GetDirectoryName(full);
        var resolvedParent = parent is null || parent == full ? parent : RealPath(parent);
        if (resolvedParent is null && parent is not null)
        {
            return null;
        }

        var here = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
        try
        {
            var info = new FileInfo(here);
            if (info.LinkTarget is null)
            {
                return Directory.Exists(here) || File.Exists(here) ? here : null;
            }

            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && (target.Exists || Directory.Exists(target.FullName)) ? RealPath(target.FullName) : null;
        }
        catch (IOException)
        {
            return null; // Too many levels of symbolic links.
        }
    }
}
