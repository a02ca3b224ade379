using Markdig.Syntax.Inlines;

namespace Site.Markdown;

/// <summary>
/// What looks meant as a figure reference but is not written as one (`{{ fig 05/1/flags }}`, `{{Fig …}}`,
/// `{{< fig … >}}`): the parse reports it with the right form, and it is shown as the text it is, never as a figure.
/// </summary>
public sealed class FigureNearMissInline : LeafInline
{
    public required string Written { get; init; }

    /// <summary>The same reference in the form the generator reads: `{{fig 05/1/flags}}`.</summary>
    public required string Suggested { get; init; }
}
