using Site.Tests.Support;

namespace Site.Tests.Serving;

/// <summary>The small site the serve tests edit: one page whose text says which version is showing.</summary>
internal static class ServingSites
{
    public const string WithAboutPage = TestSite.MinimalSite + """

        -- input/pages/about.vi.md --
        ---
        title: "Giới thiệu"
        summary: "Trang giới thiệu."
        ---

        Phiên bản một.
        """;
}
