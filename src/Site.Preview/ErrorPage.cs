using Fluid;
using Site.Build;
using Site.Text;

namespace Site.Preview;

/// <summary>
/// The page every address shows while the site does not build (its errors) or is being built for the first time, with
/// a script that reloads it after the next build.
/// </summary>
internal static class ErrorPage
{
    private static readonly IFluidTemplate Template = Parse();
    private static readonly TemplateOptions Options = CreateOptions();

    /// <param name="result">The last build, null while the first one runs.</param>
    public static string Render(BuildResult? result, int generation)
    {
        var problems = (result?.Diagnostics ?? [])
            .Where(d => d.FailsBuild(result!.Strict))
            .Select(d => new ErrorPageProblem(d.Line > 0 ? $"{d.File}({d.Line},{Math.Max(d.Column, 1)})" : d.File, $"{d.Code}: {d.Message}", d.Hint))
            .ToList();
        var context = new TemplateContext(Options);
        context.SetValue("building", result is null);
        context.SetValue("problems", problems);
        context.SetValue("generation", generation);
        context.SetValue("live_path", LiveReloadHub.Path);
        return Template.Render(context, HtmlEscaping.Encoder);
    }

    private static IFluidTemplate Parse()
    {
        using var stream = typeof(ErrorPage).Assembly.GetManifestResourceStream("ErrorPage.liquid")
            ?? throw new InvalidOperationException("ErrorPage.liquid is not embedded in Site.Preview");
        using var reader = new StreamReader(stream);
        return new FluidParser().Parse(reader.ReadToEnd());
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions { StrictVariables = true };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<ErrorPageProblem>();
        return options;
    }
}
