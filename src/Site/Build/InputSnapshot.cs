using System.IO.Enumeration;

namespace Site.Build;

/// <summary>
/// The size and last-write time of every file of input/ and of the theme's layers, taken before a build reads them:
/// `serve` compares two snapshots to find what an edit changed, besides what the file watcher reported (a watcher
/// may drop events; a write within the file system's timestamp granularity keeps the time, so both are used).
/// </summary>
public sealed class InputSnapshot
{
    private readonly Dictionary<string, (long Length, long Ticks)> _files;

    private InputSnapshot(Dictionary<string, (long, long)> files, bool hasLinks)
    {
        _files = files;
        HasLinks = hasLinks;
    }

    /// <summary>A symbolic link anywhere: what it reads is decided by the source loader alone, so every change is a full rebuild.</summary>
    public bool HasLinks { get; }

    /// <summary>Input files are keyed by their path relative to input/ ('/'-separated), theme files by <see cref="ThemeKey"/>.</summary>
    public static InputSnapshot Take(string inputDirectory, IEnumerable<string> themeLayers)
    {
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var hasLinks = Add(inputDirectory, path => path, files);
        foreach (var layer in themeLayers)
        {
            hasLinks |= Add(layer, path => ThemeKey(Path.Combine(layer, path)), files);
        }

        return new InputSnapshot(files, hasLinks);
    }

    /// <summary>The key of a theme file: any change to one is a full rebuild, so only its being a theme file matters.</summary>
    public static string ThemeKey(string fullPath) => $"theme:{Path.GetFullPath(fullPath)}";

    /// <summary>Noted when the watcher lost events: whatever changed, the next build reads everything.</summary>
    public const string EventsLost = "theme:(events lost)";

    /// <summary>A theme file, or <see cref="EventsLost"/>: what reads it is not tracked page by page.</summary>
    public static bool IsThemeKey(string key) => key.StartsWith("theme:", StringComparison.Ordinal);

    /// <summary>The keys of files added, removed or changed (size or time) since <paramref name="earlier"/>.</summary>
    public IEnumerable<string> ChangedSince(InputSnapshot earlier) =>
        _files.Where(f => !earlier._files.TryGetValue(f.Key, out var was) || was != f.Value).Select(f => f.Key)
            .Concat(earlier._files.Keys.Where(k => !_files.ContainsKey(k)));

    public bool Contains(string key) => _files.ContainsKey(key);

    /// <summary>Files and folders whose name starts with '.' are skipped, as the source loader skips them (an editor's swap file is no edit).</summary>
    /// <remarks>
    /// Read as the enumerator's raw entries, with the relative path made from their spans: `serve` takes a snapshot
    /// on every edit, and making a FileInfo and splitting each path took most of a 10,000-file snapshot.
    /// </remarks>
    private static bool Add(string root, Func<string, string> key, Dictionary<string, (long, long)> files)
    {
        if (!Directory.Exists(root))
        {
            return false;
        }

        var hasLinks = false;
        var full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var entries = new FileSystemEnumerable<(string Relative, bool IsDirectory, bool IsLink, long Length, long Ticks)>(full,
            (ref FileSystemEntry entry) =>
            {
                var directory = entry.Directory.Length > full.Length ? entry.Directory[(full.Length + 1)..] : [];
                var relative = directory.Length == 0 ? entry.FileName.ToString() : string.Concat(directory, "/", entry.FileName);
                if (Path.DirectorySeparatorChar != '/')
                {
                    relative = relative.Replace(Path.DirectorySeparatorChar, '/');
                }

                // NFC, as the source loader names files: a page is found by this name.
                if (!relative.IsNormalized(System.Text.NormalizationForm.FormC))
                {
                    relative = relative.Normalize(System.Text.NormalizationForm.FormC);
                }

                return (relative, entry.IsDirectory, entry.Attributes.HasFlag(FileAttributes.ReparsePoint), entry.IsDirectory ? 0 : entry.Length, entry.LastWriteTimeUtc.UtcTicks);
            }, options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };
        foreach (var (relative, isDirectory, isLink, length, ticks) in entries)
        {
            hasLinks |= isLink;
            if (!isDirectory)
            {
                files[key(relative)] = (length, ticks);
            }
        }

        return hasLinks;
    }
}
