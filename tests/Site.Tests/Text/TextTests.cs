using System.Globalization;
using System.Text;
using Site.Markdown;
using Site.Text;

namespace Site.Tests.Text;

public class SlugifierTests
{
    [Theory]
    [InlineData("Đoàn Thanh niên", "doan-thanh-nien")]
    [InlineData("ĐOÀN THANH NIÊN", "doan-thanh-nien")]
    [InlineData("Phòng, chống dịch COVID-19!", "phong-chong-dich-covid-19")]
    [InlineData("  -- Mục tiêu: (2021 - 2025) --  ", "muc-tieu-2021-2025")]
    [InlineData("Thưởng “Người tốt, việc tốt”", "thuong-nguoi-tot-viec-tot")]
    [InlineData("05", "05")]
    public void Slugify_FoldsVietnameseAndJoinsWordsWithSingleDashes(string text, string expected)
    {
        Assert.Equal(expected, Slugifier.Slugify(text));
    }

    [Fact]
    public void Slugify_DecomposedInput_GivesTheSameSlugAsComposed()
    {
        var composed = "Đoàn Thanh niên Cộng sản Hồ Chí Minh";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(composed, decomposed);
        Assert.Equal("doan-thanh-nien-cong-san-ho-chi-minh", Slugifier.Slugify(decomposed));
        Assert.Equal(Slugifier.Slugify(composed), Slugifier.Slugify(decomposed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! — ???")]
    public void Slugify_NothingSluggable_GivesEmpty(string text)
    {
        Assert.Equal(string.Empty, Slugifier.Slugify(text));
    }

    [Fact]
    public void Slugify_InvisibleCharacters_DoNotSplitAWord()
    {
        Assert.Equal("doan-thanh", Slugifier.Slugify("Đo\u200Bàn Th\u00ADanh"));
    }
}

public class VietnameseFoldingTests
{
    [Theory]
    [InlineData("Đoàn Thanh niên", "Doan Thanh nien")]
    [InlineData("đường", "duong")]
    [InlineData("Thưởng", "Thuong")]
    [InlineData("Ủy ban nhân dân tỉnh Lào Cai", "Uy ban nhan dan tinh Lao Cai")]
    [InlineData("ĐẶNG", "DANG")]
    [InlineData("plain ASCII 123, text.", "plain ASCII 123, text.")]
    [InlineData("", "")]
    public void Fold_RemovesDiacritics_AndTurnsDIntoD_KeepingCase(string text, string expected)
    {
        Assert.Equal(expected, VietnameseFolding.Fold(text));
    }

    [Fact]
    public void Fold_DecomposedInput_GivesTheSameResult()
    {
        var decomposed = "Bằng khen của Chủ tịch".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Bằng khen của Chủ tịch", decomposed); // the input really is decomposed (base letters + combining marks)
        Assert.Equal("Bang khen cua Chu tich", VietnameseFolding.Fold(decomposed));
    }
}

public class NumberFormatTests
{
    /// <summary>The separators of the real site's i18n files, written here from how each language prints numbers.</summary>
    private static readonly NumberFormat Vietnamese = new(".", ",");
    private static readonly NumberFormat English = new(",", ".");

    [Theory]
    [InlineData(1721L, "vi", "1.721")]
    [InlineData(1721L, "en", "1,721")]
    [InlineData(0L, "vi", "0")]
    [InlineData(0L, "en", "0")]
    [InlineData(1000000L, "vi", "1.000.000")]
    [InlineData(1000000L, "en", "1,000,000")]
    [InlineData(999L, "vi", "999")]
    [InlineData(1000L, "en", "1,000")]
    public void Format_GroupsThousandsAsTheLanguageWritesThem(long value, string language, string expected)
    {
        Assert.Equal(expected, Format(language).Format(value));
    }

    [Fact]
    public void Format_DoesNotDependOnTheMachinesCulture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            foreach (var name in new[] { "fr-FR", "de-DE", "vi-VN", "en-US", "hi-IN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal("1.234.567", Vietnamese.Format(1234567L));
                Assert.Equal("1,234,567", English.Format(1234567L));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Format_Decimals_UseTheLanguagesDecimalSeparator()
    {
        Assert.Equal("1.234,5", Vietnamese.Format(1234.5, 1));
        Assert.Equal("1,234.5", English.Format(1234.5, 1));
    }

    [Fact]
    public void Format_SpaceAsGroupSeparator_WritesFrenchThousands()
    {
        Assert.Equal("1 721", new NumberFormat(" ", ",").Format(1721L));
    }

    private static NumberFormat Format(string language) => language == "vi" ? Vietnamese : English;
}

public class TextNormalizerTests
{
    [Fact]
    public void Normalize_RemovesALeadingByteOrderMark_Only()
    {
        Assert.Equal("title: a", TextNormalizer.Normalize("\uFEFFtitle: a"));
        Assert.Equal("a\uFEFFb", TextNormalizer.Normalize("a\uFEFFb"));
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("a\n\rb", "a\n\nb")]
    [InlineData("no breaks", "no breaks")]
    public void Normalize_MakesEveryLineEndingLF(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_ComposesToNFC()
    {
        var decomposed = "Đoàn Thanh niên thưởng".Normalize(NormalizationForm.FormD);
        var normalized = TextNormalizer.Normalize(decomposed);
        Assert.Equal("Đoàn Thanh niên thưởng", normalized);
        Assert.True(normalized.IsNormalized(NormalizationForm.FormC));
        Assert.NotEqual(decomposed.Length, normalized.Length);
    }

    [Fact]
    public void Normalize_AllAtOnce_BomCrlfAndNfd()
    {
        var text = "\uFEFF" + "Tổng số\r\nCá nhân\r".Normalize(NormalizationForm.FormD);
        Assert.Equal("Tổng số\nCá nhân\n", TextNormalizer.Normalize(text));
    }

    [Fact]
    public void StripInvisible_RemovesZeroWidthSoftHyphenAndBidiControls()
    {
        Assert.Equal("abcdef", TextNormalizer.StripInvisible("a\u200Bb\u00ADc\u202Ed\u2066e\u200Ff"));
        Assert.True(TextNormalizer.IsInvisibleControl('\u200D'));
        Assert.False(TextNormalizer.IsInvisibleControl('a'));
        Assert.Equal("U+200B", TextNormalizer.CodePoint('\u200B'));
    }
}

public class SafeUrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org/a", "https")]
    [InlineData("HTTP://EXAMPLE.ORG", "http")]
    [InlineData("mailto:ban@example.org", "mailto")]
    [InlineData("tel:+842143840000", "tel")]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JaVa\tScRiPt:alert(1)", "javascript")]
    [InlineData("java\nscript:alert(1)", "javascript")]
    [InlineData(" \u0001javascript:alert(1)", "javascript")]
    [InlineData("java\u200Bscript:alert(1)", "javascript")]
    [InlineData("data:text/html,<script>", "data")]
    [InlineData("vbscript:msgbox", "vbscript")]
    public void Scheme_IgnoresTabsNewlinesControlsAndCase(string url, string expected)
    {
        Assert.Equal(expected, SafeUrlPolicy.Scheme(url));
    }

    [Theory]
    [InlineData("../movements/covid-19.md")]
    [InlineData("#muc-tieu")]
    [InlineData("a/b:c")]
    [InlineData("?q=a:b")]
    [InlineData("page#x:y")]
    [InlineData(":nothing")]
    [InlineData("")]
    public void Scheme_RelativeUrlsAndFragments_HaveNone(string url)
    {
        Assert.Null(SafeUrlPolicy.Scheme(url));
        Assert.True(SafeUrlPolicy.IsSafe(url));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("http://example.org", true)]
    [InlineData("mailto:a@b.vn", true)]
    [InlineData("tel:113", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVa\tscript:alert(1)", false)]
    [InlineData("\tjavascript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("file:///etc/passwd", false)]
    public void IsSafe_AllowsOnlyWebMailAndPhoneSchemes(string url, bool safe)
    {
        Assert.Equal(safe, SafeUrlPolicy.IsSafe(url));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("HTTP://example.org", true)]
    [InlineData("//cdn.example.org/x.js", true)]
    [InlineData("  //cdn.example.org/x.js", true)]
    [InlineData("mailto:a@b.vn", false)]
    [InlineData("../a/", false)]
    [InlineData("#top", false)]
    public void IsExternal_IsTrueForHttpAndProtocolRelativeUrls(string url, bool external)
    {
        Assert.Equal(external, SafeUrlPolicy.IsExternal(url));
    }
}

public class SuggestionsTests
{
    private static readonly string[] Columns = ["flags", "certificates", "total", "collectives", "individuals"];

    [Theory]
    [InlineData("totl", "total")]
    [InlineData("TOTAL", "total")]
    [InlineData("colectives", "collectives")]
    [InlineData("individual", "individuals")]
    [InlineData("flag", "flags")]
    public void Closest_FindsATypo(string typed, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typed, Columns));
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("population")]
    public void Closest_FarFromEverything_IsNull(string typed)
    {
        Assert.Null(Suggestions.Closest(typed, Columns));
        Assert.Equal(string.Empty, Suggestions.DidYouMean(typed, Columns));
    }

    [Fact]
    public void Closest_WithNothingKnown_IsNull()
    {
        Assert.Null(Suggestions.Closest("total", []));
    }

    [Fact]
    public void DidYouMean_QuotesTheSuggestion()
    {
        Assert.Equal("(did you mean 'total'?)", Suggestions.DidYouMean("totla", Columns));
    }

    [Fact]
    public void Closest_OnATie_IsDeterministic_WhateverTheOrderGiven()
    {
        Assert.Equal(Suggestions.Closest("ab", ["ac", "ad"]), Suggestions.Closest("ab", ["ad", "ac"]));
        Assert.Equal("ac", Suggestions.Closest("ab", ["ad", "ac"]));
    }
}
