namespace Site.Benchmarks;

/// <summary>
/// How a corpus's pages are laid out. Our content model has one fixed depth (edition → section → page; no nested
/// sections), so shapes differ in what the model lets vary: how many editions, how long their sections are, and
/// how many of the pages are list pages (edition homes and section indexes).
/// </summary>
/// <param name="EditionPages">Pages per language in each edition; null: one edition holds them all.</param>
public sealed record CorpusShape(string Name, string Description, int? EditionPages)
{
    /// <summary>Many editions of 100 pages per language (the benchmark's corpus before issue 19).</summary>
    public static readonly CorpusShape Editions = new("editions", "many small editions: 100 pages per language each", 100);

    /// <summary>One edition: two long sections (movements and stories) that grow with N.</summary>
    public static readonly CorpusShape OneEdition = new("one-edition", "one big edition: two sections that grow with N", null);

    /// <summary>Many editions of 20 pages: the most editions and sections, a fifth of the pages list pages.</summary>
    public static readonly CorpusShape Deep = new("deep", "deep sections: editions of 20 pages, a fifth of them list pages", 20);

    public static readonly IReadOnlyList<CorpusShape> All = [Editions, OneEdition, Deep];

    /// <summary>N must be a multiple of 2 × this (both languages).</summary>
    public int Unit => EditionPages ?? 100;

    public static CorpusShape Parse(string name) =>
        All.FirstOrDefault(s => s.Name == name) ?? throw new ArgumentException($"unknown shape '{name}' (known: {string.Join(", ", All.Select(s => s.Name))})");
}
