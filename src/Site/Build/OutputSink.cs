using System.Collections.Concurrent;
using Site.Checking;
using Site.Diagnostics;
using Site.Output;

namespace Site.Build;

/// <summary>
/// Where a one-off build puts each file the moment it is made: each page is read for the output check (what it holds
/// and links to, <see cref="OutputChecker.Analyze"/>), then the file is written into the staging folder and let go.
/// What the check still needs at the end (every path, every page's links and ids) is small.
/// </summary>
internal sealed class OutputSink(StagedOutput staged, string basePath, DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, PageCheck> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _paths = new(StringComparer.Ordinal);

    public int Count => _paths.Count;

    public IReadOnlyDictionary<string, PageCheck> Pages => _pages;

    public IReadOnlySet<string> Paths() => _paths.Keys.ToHashSet(StringComparer.Ordinal);

    /// <summary>Safe to call from any thread.</summary>
    public void Add(OutputFile file)
    {
        if (!_paths.TryAdd(file.Path, true))
        {
            // Which of the two would be published depends on the threads: neither is, and the build fails.
            diagnostics.Error(DiagnosticCodes.OutputCheck, file.Path, SourcePosition.Start, $"two files of the site would be written at '{file.Path}'",
                $"Give one of the pages or files that make it another address.");
            return;
        }

        if (file.Path.EndsWith(".html", StringComparison.Ordinal))
        {
            _pages[file.Path] = OutputChecker.Analyze(file, basePath);
        }

        staged.Add(file);
    }

    public void AddRange(IEnumerable<OutputFile> files)
    {
        foreach (var file in files)
        {
            Add(file);
        }
    }
}
