using Site.Tests.Support;

namespace Site.Tests.Linking;

/// <summary>The inline site of the linking tests: a movement with one heading and a story whose body is one line.</summary>
internal static class LinkingSites
{
    /// <summary>The story's source, published at vi/2022-05/dien-hinh/hero/.</summary>
    public const string Story = "input/editions/2022-05/stories/hero.vi.md";

    /// <summary>The movement has the heading "Kết quả thi đua" (anchor "ket-qua-thi-dua") and is published at vi/2022-05/phong-trao/youth/.</summary>
    private const string Movement = TestSite.MinimalSite + """

        -- input/editions/2022-05/movements/youth.vi.md --
        ---
        title: "Thanh niên"
        summary: "Phong trào thanh niên."
        number: "3.2.3"
        launched_by: province
        ---

        ## Kết quả thi đua

        Văn bản.
        """;

    /// <summary>The site with the story's body's first line, line 9 of its file, being <paramref name="line"/>.</summary>
    public static string StoryWith(string line) => Movement + $"""

        -- {Story} --
        ---
        title: "Anh hùng"
        summary: "Một điển hình tiên tiến."
        subject: individual
        movement: youth
        place: "Lào Cai"
        ---

        {line}
        """;
}
