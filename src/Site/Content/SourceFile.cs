namespace Site.Content;

/// <summary>One text file of input/, read as UTF-8 and normalised (NFC, LF). Paths use '/' and are relative to the site root.</summary>
public sealed record SourceFile(string RelativePath, string FullPath, string Text)
{
    /// <summary>The path shown in diagnostics: `input/editions/…`, as the editor sees it.</summary>
    public string DisplayPath { get; init; } = RelativePath;
}
