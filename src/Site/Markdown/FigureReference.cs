using Site.Diagnostics;

namespace Site.Markdown;

/// <summary>A cited figure (`{{fig 05/1/flags}}`) of a page body, where the .md file has it.</summary>
public sealed record FigureReference(FigureInline Figure, SourcePosition At);
