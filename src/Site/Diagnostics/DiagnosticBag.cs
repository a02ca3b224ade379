using System.Collections.Concurrent;

namespace Site.Diagnostics;

/// <summary>Collects the diagnostics of one build from every stage, in any thread; sorted when read.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Error(string code, string file, SourcePosition at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, file, at.Line, at.Column, message, hint));

    public void Info(string code, string file, SourcePosition at, string message, string? hint = null) =>
        Add(new Diagnostic(Severity.Info, code, file, at.Line, at.Column, message, hint));

    public void Warning(string code, string file, SourcePosition at, string message, string? hint = null, bool failsStrictBuild = true) =>
        Add(new Diagnostic(Severity.Warning, code, file, at.Line, at.Column, message, hint) { FailsStrictBuild = failsStrictBuild });

    public IReadOnlyList<Diagnostic> All => _items
        .OrderBy(d => d.File, StringComparer.Ordinal)
        .ThenBy(d => d.Line)
        .ThenBy(d => d.Column)
        .ThenBy(d => d.Code, StringComparer.Ordinal)
        .ThenBy(d => d.Message, StringComparer.Ordinal)
        .Distinct()
        .ToList();

    public bool HasErrors(bool strict) => _items.Any(d => d.FailsBuild(strict));

    public bool HasError(string code) => _items.Any(d => d.Severity == Severity.Error && d.Code == code);
}
