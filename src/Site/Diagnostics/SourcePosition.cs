namespace Site.Diagnostics;

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Start = new(1, 1);

    public SourcePosition Offset(int lines) => new(Line + lines, Column);
}
