namespace Site.Rendering.Views;

/// <summary>Everything a layout needs to render one page. Texts are plain (the layout encodes them); <see cref="Content"/> is HTML.</summary>
public sealed record PageView
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string Content { get; init; }
    public required string Canonical { get; init; }
    public required string Lang { get; init; }
    public string Number { get; init; } = string.Empty;
    public string EditionTitle { get; init; } = string.Empty;
    public string EditionUrl { get; init; } = string.Empty;
    public IReadOnlyList<TocView> Toc { get; init; } = [];
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];
    public LinkView Prev { get; init; } = LinkView.None;
    public LinkView Next { get; init; } = LinkView.None;
    public IReadOnlyList<LanguageView> Languages { get; init; } = [];
    public IReadOnlyList<GroupView> Groups { get; init; } = [];
    public IReadOnlyList<FactView> Facts { get; init; } = [];
    public IReadOnlyList<FactView> KeyFigures { get; init; } = [];
    public string Citation { get; init; } = string.Empty;
    public string Permalink { get; init; } = string.Empty;
    public string StaleNotice { get; init; } = string.Empty;
    public string StaleSourceUrl { get; init; } = string.Empty;
    public string Head { get; init; } = string.Empty;
    public string RedirectTo { get; init; } = string.Empty;
}
