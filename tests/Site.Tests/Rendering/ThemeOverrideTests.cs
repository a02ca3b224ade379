using Site.Tests.Data;
using Site.Tests.Support;
using static Site.Tests.Data.DataSites;

namespace Site.Tests.Rendering;

/// <summary>All markup is the theme's: a theme that replaces a partial changes the page without any change to src/.</summary>
public class ThemeOverrideTests
{
    /// <summary>
    /// A theme owner's table: a list instead of a table, reading the same view the real partial reads. It keeps each
    /// figure's id: a cell's address is permanent (key figures and citations link to it).
    /// </summary>
    private const string ListTable = """
        -- theme/layouts/partials/table.liquid --
        <ul class="restyled-table" id="{{ page.appendix.table.id }}" data-caption="{{ t.appendix }} {{ page.appendix.table.number }}">
        {% for r in page.appendix.table.rows %}<li>{{ r.label }}:{% for c in r.cells %} <span class="figure" id="{{ c.id }}">{% if c.empty %}–{% else %}{{ c.value }}{% endif %}</span>{% endfor %}</li>
        {% endfor %}</ul>
        """;

    [Fact]
    public void TablePartialOverriddenByTheTheme_AppendixShowsTheThemesMarkupInsteadOfATable()
    {
        using var site = TestSite.Create(SiteWith(extra: ListTable));
        site.BuildExpectingSuccess();
        var page = Html.Page(site, EnPage);
        Assert.Null(page.QuerySelector("table"));
        var list = page.QuerySelector("ul.restyled-table")!;
        Assert.NotNull(list);
        Assert.Equal("Appendix 05", list.GetAttribute("data-caption"));
        var items = list.QuerySelectorAll("li").Select(li => Html.Squeeze(li.TextContent)).ToList();
        Assert.Equal(
            ["Movement one: 1,721 2,000 279 1,721", "The \"two, three\" movement: 0 5 5 –", "Movement six: 3 20 8 12", "Total: 1,724 2,025 292 1,733"],
            items);
    }

    [Fact]
    public void TablePartialOverriddenByTheTheme_TextsAreStillEscapedByTheTemplateEngine()
    {
        using var site = TestSite.Create(SiteWith(extra: ListTable));
        site.BuildExpectingSuccess();
        site.AssertFile(EnPage, "<li>The &quot;two, three&quot; movement:", "! <li>The \"two");
    }

    [Fact]
    public void RealTheme_AppendixShowsTheAwardTable()
    {
        using var site = TestSite.Create(SiteWith());
        site.BuildExpectingSuccess();
        var page = Html.Page(site, EnPage);
        Assert.NotNull(page.QuerySelector("table.award-table"));
        Assert.Null(page.QuerySelector("ul.restyled-table"));
    }
}
