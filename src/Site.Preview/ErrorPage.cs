using Fluid;
using Site.Build;
using Site.Diagnostics;
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
    /// <param name="messages">The language the page speaks: the editor's.</param>
    public static string Render(BuildResult? result, int generation, MessageCatalog messages)
    {
        var problems = (result?.Diagnostics ?? [])
            .Where(d => d.FailsBuild(result!.Strict))
            .Select(d => new ErrorPageProblem(d.Location, $"{d.Code}: {d.Text.ToString(messages)}", d.HintText?.ToString(messages)))
            .ToList();
        var context = new TemplateContext(Options);
        context.SetValue("language", messages.Language);
        context.SetValue("title", (result is null ? Building : Failed).ToString(messages));
        context.SetValue("explanation", (result is null ? WhileBuilding : WhenFailed).ToString(messages));
        context.SetValue("problems", problems);
        context.SetValue("generation", generation);
        context.SetValue("live_path", LiveReloadHub.Path);
        return Template.Render(context, HtmlEscaping.Encoder);
    }

    private static Translatable Building => $"Building the site…";

    private static Translatable WhileBuilding => $"This page shows the site as soon as it is built.";

    private static Translatable Failed => $"The site did not build";

    private static Translatable WhenFailed => $"Fix these problems and save: this page reloads by itself. The last good site is kept.";

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
