using System.Reflection;
using System.Xml.Linq;
using NetArchTest.Rules;
using Site.Build;
using Site.Linking;
using Site.Tests.Support;

namespace Site.Tests.Architecture;

/// <summary>
/// The library's dependencies run one way, checked on the compiled assembly: the shared kinds depend on no stage;
/// each stage depends only on the shared kinds and on the stages before it in <see cref="Stages"/>; only Build/ (the
/// recipe) depends on the stages, and nothing depends on Build/; the library references no web server.
/// </summary>
public class DependencyRulesTests
{
    /// <summary>Diagnostics and positions, the built files, text rules: used by every stage, using none.</summary>
    public static readonly string[] SharedKinds = ["Site.Diagnostics", "Site.Output", "Site.Text"];

    /// <summary>The stages in the order a build runs them: each may use those before it, none after it.</summary>
    public static readonly string[] Stages =
    [
        "Site.Theming", // the theme's files, a site's over the default's: read by Charts, Rendering and Publishing
        "Site.Content",
        "Site.Data",
        "Site.Loading",
        "Site.Markdown",
        "Site.Linking",
        "Site.Charts",
        "Site.Rendering",
        "Site.Publishing",
        "Site.Checking",
        "Site.Scaffolding", // `site init`: writes a new input/ and uses Content's rules; no stage of a build uses it
    ];

    public const string Recipe = "Site.Build";

    private static readonly Assembly Library = typeof(SiteBuilder).Assembly;

    public static TheoryData<string> SharedKindNamespaces => [.. SharedKinds];

    public static TheoryData<string> StageNamespaces => [.. Stages];

    [Theory]
    [MemberData(nameof(SharedKindNamespaces))]
    public void SharedKinds_DependOnNoStageAndNoOtherSharedKind(string shared)
    {
        var forbidden = SharedKinds.Where(s => s != shared).Concat(Stages).Append(Recipe).ToArray();
        AssertNoViolation(shared, forbidden);
    }

    [Theory]
    [MemberData(nameof(StageNamespaces))]
    public void EachStage_DependsOnlyOnSharedKindsAndEarlierStages(string stage)
    {
        var forbidden = Stages.SkipWhile(s => s != stage).Skip(1).Append(Recipe).ToArray();
        AssertNoViolation(stage, forbidden);
    }

    [Fact]
    public void EveryNamespaceOfTheLibrary_IsCoveredByARule()
    {
        var known = SharedKinds.Concat(Stages).Append(Recipe).ToHashSet(StringComparer.Ordinal);
        var namespaces = Library.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Site", StringComparison.Ordinal))
            .Select(n => string.Join('.', n!.Split('.').Take(2)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(namespaces);
        Assert.All(namespaces, n => Assert.Contains(n, known));
    }

    [Fact]
    public void TheLibrary_ReferencesNoAspNetCore()
    {
        Assert.DoesNotContain(Library.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        var result = Types.InAssembly(Library).ShouldNot().HaveDependencyOn("Microsoft.AspNetCore").GetResult();
        Assert.True(result.IsSuccessful, Describe(result));

        var project = XDocument.Load(Path.Combine(TestSite.RepositoryRoot, "src", "Site", "Site.csproj"));
        Assert.DoesNotContain(project.Descendants("FrameworkReference"), r => ((string?)r.Attribute("Include"))?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) == true);
    }

    /// <summary>The check the rules use, given rules known to be wrong, must name the types that break them: it is not vacuous.</summary>
    [Fact]
    public void TheCheck_ReportsTheTypesThatBreakAWrongRule()
    {
        // Build/ is the recipe: its SiteBuilder runs the Link stage, so "Build must not depend on Linking" is broken by it.
        var recipe = Check(Recipe, ["Site.Linking"]);
        Assert.False(recipe.IsSuccessful);
        Assert.Contains(typeof(SiteBuilder), recipe.FailingTypes);

        // The Link stage reads the loaded content: a rule that allowed it only the shared kinds must name SiteLinker.
        var linking = Check("Site.Linking", ["Site.Content", "Site.Loading"]);
        Assert.False(linking.IsSuccessful);
        Assert.Contains(typeof(SiteLinker), linking.FailingTypes);
    }

    private static void AssertNoViolation(string @namespace, string[] forbidden)
    {
        Assert.NotEmpty(Types.InAssembly(Library).That().ResideInNamespace(@namespace).GetTypes());
        Assert.NotEmpty(forbidden);
        var result = Check(@namespace, forbidden);
        Assert.True(result.IsSuccessful, $"{@namespace} must not depend on {string.Join(", ", forbidden)}; it does in:\n{Describe(result)}");
    }

    /// <summary>The types of <paramref name="namespace"/> (and the namespaces inside it) that use any of <paramref name="forbidden"/>.</summary>
    private static TestResult Check(string @namespace, string[] forbidden) =>
        Types.InAssembly(Library)
            .That().ResideInNamespace(@namespace)
            .ShouldNot().HaveDependencyOnAny(forbidden)
            .GetResult();

    private static string Describe(TestResult result) =>
        string.Join('\n', (result.FailingTypes ?? []).Select(t => t.FullName).Order(StringComparer.Ordinal));
}
