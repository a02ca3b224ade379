namespace Site.Rendering.Views;

/// <summary>Everything a layout needs to render one page. Texts are plain (the layout encodes them); <see cref="Content"/> is the HTML of the page's Markdown.</summary>
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
    public IReadOnlyList<KeyFigureGroupView> KeyFigures { get; init; } = [];
    public string Citation { get; init; } = string.Empty;
    public string Permalink { get; init; } = string.Empty;
    public string StaleNotice { get; init; } = string.Empty;
    public string StaleSourceUrl { get; init; } = string.Empty;

    /// <summary>The language of the source a stale translation lags behind (the site's source language).</summary>
    public string StaleSourceLang { get; init; } = string.Empty;
    /// <summary>The metadata of the page's head; null for a page that has none (the 404 page, served at any address).</summary>
    public HeadView? Head { get; init; }

    /// <summary>An appendix page's table and what surrounds it; null on other pages.</summary>
    public AppendixView? Appendix { get; init; }

    public IReadOnlyList<GlossaryTermView> Glossary { get; init; } = [];

    public IReadOnlyList<ChartView> Charts { get; init; } = [];

    /// <summary>The notes on the figures the page's text cites with a caveat, in the order of their marks.</summary>
    public IReadOnlyList<FigureNoteView> FigureNotes { get; init; } = [];
    public string RedirectTo { get; init; } = string.Empty;

    /// <summary>The press page's ready-to-quote facts.</summary>
    public IReadOnlyList<PressFactView> Press { get; init; } = [];

    /// <summary>The places index, by kind of place.</summary>
    public IReadOnlyList<PlaceGroupView> Places { get; init; } = [];

    /// <summary>The corrections page's entries, newest first (empty: none so far).</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>The corrections page's Atom feed (relative), else empty.</summary>
    public string FeedUrl { get; init; } = string.Empty;

    /// <summary>The edition's original document, on every page of the edition, to check the text against; <see cref="LinkView.None"/> if none.</summary>
    public LinkView Original { get; init; } = LinkView.None;
}
