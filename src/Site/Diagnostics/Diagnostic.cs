namespace Site.Diagnostics;

/// <summary>One problem found in the input, with its position, in the format compilers use.</summary>
/// <param name="Text">What is wrong, shown in the editor's language.</param>
/// <param name="HintText">What would be right, if the generator can say.</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, Translatable Text, Translatable? HintText = null)
{
    /// <summary>
    /// False for a warning that --strict lets through: one whose fix must not hold back the rest of the site
    /// (a translation behind its official source, unless site.yml says `translations: strict`; a leftover folder of an
    /// earlier build that cannot be deleted, which must not fail every later build).
    /// </summary>
    public bool FailsStrictBuild { get; init; } = true;

    /// <summary>What is wrong, in the language the messages are written in (for ordering, logs and tests).</summary>
    public string Message => Text.ToString();

    /// <summary>What would be right, in the language the messages are written in.</summary>
    public string? Hint => HintText?.ToString();

    /// <summary>Errors always fail a build; warnings only under --strict (and only those that fail a strict build); infos never.</summary>
    public bool FailsBuild(bool strict) => Severity == Severity.Error || (strict && Severity == Severity.Warning && FailsStrictBuild);

    /// <summary>Where: `input/x.md(4,1)`, or the file alone when the problem has no line.</summary>
    public string Location => Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;

    /// <summary>
    /// `input/x.md(4,1): error SITE012: message. hint`, the message and hint in <paramref name="catalog"/>'s language.
    /// The severity word stays "error", "warning" or "info" in every language: editors, CI annotations
    /// (.github/site-problem-matcher.json) and scripts read this form, as they read a compiler's.
    /// </summary>
    public string ToString(MessageCatalog catalog)
    {
        var severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        var message = Text.ToString(catalog);

        // The message is a clause, the hint a sentence of its own: a full stop between them, unless the message ends one.
        var hint = HintText?.ToString(catalog) is { Length: > 0 } shown ? (EndsSentence(message) ? " " : ". ") + shown : string.Empty;
        return $"{Location}: {severity} {Code}: {message}{hint}";
    }

    private static bool EndsSentence(string message) => message.Length > 0 && message[^1] is '.' or '!' or '?' or ':' or '…';

    /// <summary>The compiler form in the language the messages are written in.</summary>
    public override string ToString() => ToString(MessageCatalog.Source);
}
