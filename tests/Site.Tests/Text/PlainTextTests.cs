using System.Net;
using System.Text.RegularExpressions;
using CsCheck;
using Site.Markdown;

namespace Site.Tests.Text;

/// <summary>The search's plain text of a page, against its definition written as the two replacements it was.</summary>
public class PlainTextTests
{
    /// <summary>The definition: a tag is '&lt;', one character or more that are not '&gt;', then '&gt;'; tags and runs of white space become one space.</summary>
    private static string Definition(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ")).Trim();

    [Fact]
    public void AnyMixOfTagsBracketsEntitiesAndWhiteSpace_GivesTheDefinitionsText()
    {
        // Few characters, so that tags, unclosed '<', '<>', entities and every kind of white space meet often.
        string[] pieces = ["<", ">", "<>", "<p>", "</h2>", "<a href=\"x\">", " ", "\n", "\t", "\u00A0", "\u2003", "&amp;", "&nbsp;", "&#8203;", "Đ", "ệ", "a", "1.721", ";"];
        Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(parts => string.Concat(parts)).Sample(html => Assert.Equal(Definition(html), MarkdownPageRenderer.PlainText(html)), iter: 20_000);
    }

    [Theory]
    [InlineData("<p>Tuổi trẻ</p>\n<p>Lào   Cai</p>", "Tuổi trẻ Lào Cai")]
    [InlineData("a<b<c>d", "a d")]
    [InlineData("1 <> 2 <", "1 <> 2 <")]
    [InlineData("1 < 2 > 3", "1 3")]
    [InlineData("x&nbsp;&amp;<br>y", "x\u00A0& y")]
    public void KnownPages_GiveTheirText(string html, string text) => Assert.Equal(text, MarkdownPageRenderer.PlainText(html));
}
