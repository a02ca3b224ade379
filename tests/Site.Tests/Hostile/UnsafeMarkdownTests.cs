using Site.Tests.Support;

namespace Site.Tests.Hostile;

public class UnsafeMarkdownTests
{
    private const string PagePath = "input/pages/about.vi.md";

    /// <summary>The body starts on line 6 of the file (---, title, summary, ---, blank line).</summary>
    private const int BodyLine = 6;

    private static TestSite SiteWithBody(string body, string siteExtra = "")
    {
        var site = TestSite.Create(HostileSites.WithPage);
        if (siteExtra.Length > 0)
        {
            site.WriteFile("input/site.yml", File.ReadAllText(Path.Combine(site.Root, "input/site.yml")) + siteExtra);
        }

        site.WriteFile(PagePath, HostileSites.Page("Trang", body));
        return site;
    }

    [Fact]
    public void RawScriptBlock_IsShownAsText_WithSite032()
    {
        using var site = SiteWithBody("Trước.\n\n<script>alert(1)</script>\n\nSau.");
        site.BuildExpectingSuccess();
        var diagnostic = site.AssertDiagnostic("SITE032", PagePath, BodyLine + 2);
        Assert.Equal(Site.Diagnostics.Severity.Warning, diagnostic.Severity);
        site.AssertFile(HostileSites.PageOutput, "&lt;script&gt;alert(1)&lt;/script&gt;", "! <script>alert");
    }

    [Fact]
    public void RawInlineHtml_IsShownAsText_WithSite032()
    {
        using var site = SiteWithBody("Chữ <img src=x onerror=alert(1)> chữ.");
        site.BuildExpectingSuccess();
        site.AssertDiagnostic("SITE032", PagePath, BodyLine);
        site.AssertFile(HostileSites.PageOutput, "&lt;img src=x onerror=alert(1)&gt;", "! <img src=x");
    }

    [Fact]
    public void RawHtml_WhenSiteAllowsHtml_PassesThroughWithoutWarning()
    {
        using var site = SiteWithBody("Trước.\n\n<div class=\"note\">ghi chú</div>\n\nSau.", "allow_html: true\n");
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE032");
        site.AssertFile(HostileSites.PageOutput, "<div class=\"note\">ghi chú</div>", "! &lt;div");
    }

    [Theory]
    [InlineData("Trước.\n\n<script>alert(1)</script>\n\nSau.", 2, "<script>")]
    [InlineData("Trước.\n\n<div onclick=\"alert(1)\">ghi chú</div>\n\nSau.", 2, "'onclick'")]
    [InlineData("Chữ <img src=x onerror=alert(1)> chữ.", 0, "'onerror'")]
    [InlineData("Chữ <a href=\"javascript:alert(1)\">x</a> chữ.", 0, "javascript:alert(1)")]
    [InlineData("Trước.\n\n<iframe src=\"https://example.org/\"></iframe>\n\nSau.", 2, "<iframe>")]
    public void RawHtmlThatRunsCode_WhenSiteAllowsHtml_IsOneSite084AtItsMarkdownLine_NotASecondAtTheBuiltPage(string body, int line, string named)
    {
        using var site = SiteWithBody(body, "allow_html: true\n");
        var result = site.BuildExpectingError();
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Site.Diagnostics.Severity.Error);
        Assert.Equal(("SITE084", PagePath, BodyLine + line), (error.Code, error.File, error.Line));
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[a](javascript:alert(1))", "javascript")]
    [InlineData("[a](JAVASCRIPT:alert(1))", "javascript")]
    [InlineData("[a](JaVaScRiPt:alert(1))", "javascript")]
    [InlineData("[a](&#106;avascript:alert(1))", "javascript")]
    [InlineData("[a](&#x6A;avascript&#x3A;alert(1))", "javascript")]
    [InlineData("[a](java&#9;script:alert(1))", "javascript")]
    [InlineData("[a](<java\tscript:alert(1)>)", "javascript")]
    [InlineData("[a](   javascript:alert(1)   )", "javascript")]
    [InlineData("[a](<  javascript:alert(1)>)", "javascript")]
    [InlineData("[a](\u200Bjavascript:alert(1))", "javascript")]
    [InlineData("[a][r]\n\n[r]: javascript:alert(1)", "javascript")]
    [InlineData("[a][r]\n\n[r]: <JavaScript:alert(1)> \"t\"", "javascript")]
    [InlineData("<javascript:alert(1)>", "javascript")]
    [InlineData("<JAVASCRIPT:alert(1)>", "javascript")]
    [InlineData("[a](vbscript:msgbox(1))", "vbscript")]
    [InlineData("[a](VBScript:msgbox(1))", "vbscript")]
    [InlineData("[a](data:text/html;base64,PHNjcmlwdD4=)", "data")]
    [InlineData("[a](file:///etc/passwd)", "file")]
    [InlineData("![i](javascript:alert(1))", "javascript")]
    [InlineData("![i](data:image/svg+xml;base64,PHN2Zz4=)", "data")]
    [InlineData("![i](DATA:image/png;base64,AAAA)", "data")]
    [InlineData("![i](file:///C:/x.png)", "file")]
    [InlineData("![i][r]\n\n[r]: vbscript:x", "vbscript")]
    public void UnsafeUrl_InAnySpelling_IsSite031_AndNeverReachesTheOutput(string markdown, string scheme)
    {
        using var site = SiteWithBody(markdown);
        site.BuildExpectingError();
        var diagnostic = site.AssertDiagnostic("SITE031", PagePath, BodyLine);
        Assert.Contains($"'{scheme}:'", diagnostic.Message, StringComparison.Ordinal);

        var html = HostileSites.RenderedBody(site, "about.vi.md");
        Assert.DoesNotContain(scheme + ":", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(scheme + "&#", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ImageFromAnotherHost_IsSite033_AndNotLoaded()
    {
        using var site = SiteWithBody("![ảnh](https://evil.example/pixel.png)");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE033", PagePath, BodyLine);
        Assert.DoesNotContain("evil.example", HostileSites.RenderedBody(site, "about.vi.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void ProtocolRelativeImage_IsSite033()
    {
        using var site = SiteWithBody("![ảnh](//evil.example/pixel.png)");
        site.BuildExpectingError();
        site.AssertDiagnostic("SITE033", PagePath, BodyLine);
    }

    [Fact]
    public void LinkToAnotherHost_IsAllowed()
    {
        using var site = SiteWithBody("[ngoài](https://example.com/a)");
        site.BuildExpectingSuccess();
        site.AssertNoDiagnostic("SITE031");
        site.AssertFile(HostileSites.PageOutput, "href=\"https://example.com/a\"");
    }

    [Fact]
    public void TitleWithScript_IsEncodedEverywhereInTheOutput()
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile(PagePath, "---\ntitle: \"<script>alert(1)</script> & <!--\"\nsummary: \"<img src=x onerror=alert(2)>\"\n---\n\nVăn bản.\n");
        site.BuildExpectingSuccess();
        site.AssertFile(HostileSites.PageOutput, "&lt;script&gt;alert(1)&lt;/script&gt;", "! <script>alert", "! <img src=x", "! <!--\"");
        var all = HostileSites.AllOutput(site);
        Assert.DoesNotContain("<script>alert", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ 6 | times: 7 }}", "{{ 6 | times: 7 }}", "42")]
    [InlineData("{% raw %}x{% endraw %}", "{% raw %}x{% endraw %}", "x")]
    [InlineData("{% assign y = 'pwned' %}{{ y }}", "{% assign y = &#x27;pwned&#x27; %}{{ y }}", "pwned")]
    public void TemplateSyntaxInTitleAndBody_IsPrintedNeverRun(string template, string encoded, string ranResult)
    {
        using var site = TestSite.Create(HostileSites.WithPage);
        site.WriteFile(PagePath, $"---\ntitle: \"{template}\"\nsummary: \"s\"\n---\n\nThân {template} bài.\n");
        site.BuildExpectingSuccess();
        var html = site.ReadOutput(HostileSites.PageOutput);
        Assert.Contains("<title>" + encoded, html, StringComparison.Ordinal);
        Assert.Contains("Thân " + template + " bài.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Thân " + ranResult + " bài.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>" + ranResult, html, StringComparison.Ordinal);
    }
}
