namespace Site.Content;

/// <summary>What the source loader found in input/: the text files, read, and every file (those included), unread.</summary>
public sealed record SourceTree(IReadOnlyList<SourceFile> Texts, IReadOnlyList<InputFile> Files);
