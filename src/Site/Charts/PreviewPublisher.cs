using System.Collections.Concurrent;
using System.Text;
using Site.Diagnostics;
using Site.Output;
using Site.Linking;

namespace Site.Charts;

/// <summary>
/// One preview image per page, at previews/{page address}.png, for og:image and twitter:image. Drawn in
/// parallel before the pages are rendered, so the renderer only looks up each page's path.
/// </summary>
public sealed class PreviewPublisher
{
    // By reference: a page record's own equality hashes its whole source text, once per look-up.
    private readonly ConcurrentDictionary<LinkedPage, string> _paths = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentBag<OutputFile> _files = new();

    /// <summary>
    /// The images drawn, in no particular order (the build sorts its files once), handed over once: the publisher then
    /// holds none of their bytes, so that a one-off build can let each go as soon as it is written.
    /// </summary>
    public IReadOnlyList<OutputFile> TakeFiles()
    {
        var files = _files.ToList();
        _files.Clear();
        return files;
    }

    /// <param name="fact">A page's headline fact to draw under its title, or null for none.</param>
    public static PreviewPublisher Create(SiteModel model, ChartFonts? fonts, ImageCache images, DiagnosticBag diagnostics, Func<LinkedPage, string?>? fact = null)
    {
        var publisher = new PreviewPublisher();
        if (fonts is null || !model.Content.Config.PreviewCards)
        {
            return publisher;
        }

        Parallel.ForEach(model.Pages, page =>
        {
            var card = Card(model, page, fact ?? (_ => null));
            if (!ChartPublisher.GlyphsPresent(card.Texts(), page.SourcePath ?? "input/site.yml", fonts, diagnostics))
            {
                return;
            }

            var path = PathOf(page);
            publisher._files.Add(new OutputFile(path, images.Png(PreviewCardRenderer.Layout(card, fonts), fonts, 1)));
            publisher._paths[page] = path;
        });
        return publisher;
    }

    /// <summary>The site-relative path of the page's image, or null if none was drawn.</summary>
    public string? PathFor(LinkedPage page) => _paths.GetValueOrDefault(page);

    /// <summary>"vi/2022-05/phong-trao/y-te/" → "previews/vi/2022-05/phong-trao/y-te.png"; the root home → "previews/index.png".</summary>
    public static string PathOf(LinkedPage page)
    {
        var url = page.Url.TrimEnd('/');
        if (url.EndsWith(".html", StringComparison.Ordinal))
        {
            url = url[..^5];
        }

        return $"previews/{(url.Length == 0 ? "index" : url)}.png";
    }

    /// <param name="fact">A page's headline fact (a story's, from the edition's press facts), or null for none.</param>
    private static PreviewCard Card(SiteModel model, LinkedPage page, Func<LinkedPage, string?> fact)
    {
        var siteName = model.Content.Config.Title.Get(page.Language);
        var edition = model.Edition(page.EditionId) ?? (page.Kind == OutputKind.Home ? model.Latest : null);
        var editionTitle = edition is null ? siteName : edition.Title.Get(page.Language);
        var address = ImageCredit.WithoutScheme(model.Urls.Absolute(page.Url)).TrimEnd('/');
        var source = edition is null ? string.Empty
            : $"{model.Content.Strings[page.Language]["source"]}: {edition.Issuer.Get(page.Language)} · {edition.IssuedOn.Format(model.Content.Strings[page.Language].Dates)}";
        return new PreviewCard(N(page.Title), N(siteName), N(editionTitle), N(source), N(address), N(fact(page) ?? string.Empty));
    }

    /// <summary>NFC for Skia, and runs of spaces collapsed: a title broken over lines reads badly on a card.</summary>
    private static string N(string text) => System.Text.RegularExpressions.Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim();
}
