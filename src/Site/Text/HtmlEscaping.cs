using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Site.Text;

/// <summary>
/// The site's one HTML encoder, shared by the theme's templates and every stage that still writes markup, so that no
/// stage has to reach into another's folder for it.
/// </summary>
public static class HtmlEscaping
{
    /// <summary>Escapes markup but leaves Vietnamese letters as they are (HtmlEncoder.Default would make them entities).</summary>
    public static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
}
