using Site.Diagnostics;

namespace Site.Checking;

/// <summary>
/// What the check found in one built page on its own: its ids, its internal links (resolved to site paths) and its
/// problems. It depends only on the page's bytes, so `serve` reuses it while their hash is unchanged.
/// </summary>
public sealed class PageCheck
{
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public List<(string Target, string Fragment)> Links { get; } = [];

    public List<Diagnostic> Problems { get; } = [];

    public void Problem(string code, string file, Translatable message, Translatable? hint = null) =>
        Problems.Add(new Diagnostic(Severity.Error, code, file, SourcePosition.Start.Line, SourcePosition.Start.Column, message, hint));
}
