namespace Site.Content;

/// <summary>An official term with its form in each language and a short definition.</summary>
public sealed record GlossaryTerm(string Id, LocalizedText Term, LocalizedText Definition, int Line);
