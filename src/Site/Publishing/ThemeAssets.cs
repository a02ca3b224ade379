using Site.Diagnostics;
using Site.Output;

namespace Site.Publishing;

/// <summary>
/// The theme's CSS, JavaScript and fonts, copied under assets/. The live-reload script ships only under `serve`. A
/// symbolic link is followed only while it stays inside theme/assets/: a link elsewhere would publish any file of the
/// machine (a key, a password file) to the web.
/// </summary>
public static class ThemeAssets
{
    public const string LiveReloadScript = "live-reload.js";

    public static IEnumerable<OutputFile> Copy(string themeDirectory, bool liveReload, DiagnosticBag diagnostics)
    {
        var root = Path.GetFullPath(Path.Combine(themeDirectory, "assets"));
        if (!Directory.Exists(root))
        {
            return [];
        }

        var files = new List<OutputFile>();
        Walk(new DirectoryInfo(root), RealPath(root) ?? root, string.Empty, files, liveReload, diagnostics, depth: 0);
        return files;
    }

    private static void Walk(DirectoryInfo directory, string root, string relative, List<OutputFile> files, bool liveReload, DiagnosticBag diagnostics, int depth)
    {
        foreach (var entry in directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = relative.Length == 0 ? entry.Name : $"{relative}/{entry.Name}";
            var display = $"theme/assets/{path}";
            var real = RealPath(entry.FullName);
            if (real is null)
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, display, SourcePosition.Start, "this symbolic link makes a loop or points to nothing",
                    "Replace the link with the file it should point to.");
            }
            else if (real != root && !real.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.UnsafePath, display, SourcePosition.Start, $"this symbolic link leaves theme/assets/ (it points to '{real}')",
                    "Copy the file into theme/assets/ instead of linking to it.");
            }
            else if (Directory.Exists(real))
            {
                if (entry.LinkTarget is not null || depth > 32)
                {
                    diagnostics.Error(DiagnosticCodes.UnsafePath, display, SourcePosition.Start, "this symbolic link to a folder inside theme/assets/ makes a loop",
                        "Replace the link with the folder it should point to.");
                    continue;
                }

                Walk(new DirectoryInfo(entry.FullName), root, path, files, liveReload, diagnostics, depth + 1);
            }
            else if (path != LiveReloadScript || liveReload)
            {
                files.Add(new OutputFile("assets/" + path, File.ReadAllBytes(real)));
            }
        }
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
            return target is { Exists: true } || (target is not null && Directory.Exists(target.FullName)) ? RealPath(target!.FullName) : null;
        }
        catch (IOException)
        {
            return null; // Too many levels of symbolic links.
        }
    }
}
