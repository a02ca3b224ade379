namespace Site.Diagnostics;

/// <summary>One problem found in the input, with its position, in the format compilers use.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string? Hint = null)
{
    /// <summary>
    /// False for a warning that --strict lets through: one whose fix must not hold back the rest of the site
    /// (a translation behind its official source, unless site.yml says `translations: strict`; a leftover folder of an
    /// earlier build that cannot be deleted, which must not fail every later build).
    /// </summary>
    public bool FailsStrictBuild { get; init; } = true;

    /// <summary>Errors always fail a build; warnings only under --strict (and only those that fail a strict build); infos never.</summary>
    public bool FailsBuild(bool strict) => Severity == Severity.Error || (strict && Severity == Severity.Warning && FailsStrictBuild);

    /// <summary>`input/x.md(4,1): error SITE012: message (hint)`: editors and CI annotate this form.</summary>
    public override string ToString()
    {
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var position = Line > 0 ? $"({Line},{Math.Max(Column, 1)})" : string.Empty;
        var hint = string.IsNullOrEmpty(Hint) ? string.Empty : $" {Hint}";
        return $"{File}{position}: {severity} {Code}: {Message}{hint}";
    }
}
