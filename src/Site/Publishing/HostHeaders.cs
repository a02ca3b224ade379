using Site.Linking;
using Site.Output;

namespace Site.Publishing;

/// <summary>
/// _headers, for the static hosts that read one (Netlify, Cloudflare Pages): no other site may frame the site's
/// pages (frame-ancestors 'self', which a CSP meta element cannot carry), except the charts' pages made for an
/// iframe. GitHub Pages sends no headers of a site's own and ignores the file; there, framing stays the browser's default.
/// </summary>
public static class HostHeaders
{
    public const string FileName = "_headers";

    public static IEnumerable<OutputFile> Create(SiteModel model)
    {
        var root = model.Content.Config.BasePath;
        yield return OutputFile.Text(FileName, $"""
            {root}*
              Content-Security-Policy: frame-ancestors 'self'
              X-Frame-Options: SAMEORIGIN
            {root}{Rendering.ChartEmbedPages.Folder}/*
              ! Content-Security-Policy
              ! X-Frame-Options
              Content-Security-Policy: frame-ancestors *

            """);
    }
}
