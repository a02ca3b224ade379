using System.Security.Cryptography;
using System.Text;

namespace Site.Content;

/// <summary>
/// Which version of its source a translation renders: a short hash of the source file, recorded in the
/// translation's `source_hash` when the translator marks it done (`site translated`).
/// </summary>
public static class TranslationFreshness
{
    public static string Hash(string sourceText) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceText)))[..12];

    /// <summary>True when the translation records a source version that is no longer the source's.</summary>
    public static bool IsStale(PageSource source, PageSource translation) =>
        translation.Meta.SourceHash is { } recorded && recorded != Hash(source.File.Text);
}
