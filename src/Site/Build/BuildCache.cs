using Site.Diagnostics;
using System.Collections.Concurrent;
using Site.Checking;

namespace Site.Build;

/// <summary>
/// What `serve` keeps from one build to the next, so that a one-file edit does not cost a whole site's work where it
/// can be safely avoided: which files are in the output folder (by content hash), what the check found in each
/// page (by content hash), and the images drawn (by what they draw). Everything is keyed by content, so a stale entry is never used.
/// </summary>
public sealed class BuildCache
{
    /// <summary>Path → content hash of every file the last successful write left in the output folder; null before it.</summary>
    public Dictionary<string, string>? Written { get; set; }

    /// <summary>Path → the page's content hash and what the check found in it.</summary>
    public ConcurrentDictionary<string, (string ContentHash, PageCheck Check)> Checks { get; } = new(StringComparer.Ordinal);

    /// <summary>The site the last successful build left, for <see cref="IncrementalRebuild"/>; null before one, or after a failed one.</summary>
    internal SiteState? Last { get; set; }

    private readonly ConcurrentQueue<string> _noted = new();

    /// <summary>
    /// An input file (relative to input/) or a theme file (<see cref="InputSnapshot.ThemeKey"/>) the file watcher saw
    /// change: the next build looks at it even if its size and time look unchanged. Safe from any thread.
    /// </summary>
    public void NoteChange(string key) => _noted.Enqueue(key);

    /// <summary>What was noted since the last call: the build that takes it reads those files as they are now.</summary>
    internal List<string> TakeNotedChanges()
    {
        var taken = new List<string>();
        while (_noted.TryDequeue(out var key))
        {
            taken.Add(key);
        }

        return taken;
    }

    /// <summary>Drawn PNG images (charts, preview cards) by the hash of what they draw: see <see cref="Charts.ImageCache"/>.</summary>
    public ConcurrentDictionary<string, byte[]> Images { get; } = new(StringComparer.Ordinal);
}
