using Fluid;
using Site.Diagnostics;
using Site.Linking;
using Site.Text;
using Site.Theming;

namespace Site.Rendering;

/// <summary>
/// The theme's Liquid layouts, each parsed once per build with one shared parser and strict options: a typo in a
/// variable or filter name fails the build instead of printing nothing.
/// </summary>
public sealed class ThemeTemplates
{

    private static readonly FluidParser Parser = new();
    private readonly Dictionary<string, IFluidTemplate> _layouts = new(StringComparer.Ordinal);
    private readonly ThemeFolders _theme;

    private ThemeTemplates(ThemeFolders theme, TemplateOptions options)
    {
        _theme = theme;
        Options = options;
    }

    public TemplateOptions Options { get; }

    public static ThemeTemplates Load(ThemeFolders theme, DiagnosticBag diagnostics)
    {
        var options = new TemplateOptions
        {
            StrictVariables = true,
            StrictFilters = true,
            FileProvider = theme.Provider("layouts"),
            CultureInfo = System.Globalization.CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = () => DateTimeOffset.UnixEpoch,
        };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        TemplateViews.Register(options.MemberAccessStrategy);

        TemplateFilters.Register(options);
        var templates = new ThemeTemplates(theme, options);
        foreach (var name in OutputKindLayouts.All.Append("base"))
        {
            templates.Parse(name, diagnostics);
        }

        return templates;
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    public string Render(string layout, TemplateContext context) => _layouts[layout].Render(context, HtmlEscaping.Encoder);

    /// <summary>
    /// Where a rendering error of <paramref name="layout"/> was made: Fluid names the variable or filter ("Undefined
    /// variable 'x'") but gives no position, so the first use of that name in the layout, or else in its partials, is it.
    /// </summary>
    public (string File, SourcePosition At) Locate(string layout, string message)
    {
        var name = System.Text.RegularExpressions.Regex.Match(message, "'([^']+)'") is { Success: true } quoted ? quoted.Groups[1].Value : null;
        var candidates = _theme.Files("layouts/partials").Where(f => f.RelativePath.EndsWith(".liquid", StringComparison.Ordinal))
            .Select(f => ("partials/" + f.RelativePath, (string?)f.FullPath));
        foreach (var (relative, path) in candidates.Prepend((layout + ".liquid", _theme.Find($"layouts/{layout}.liquid"))))
        {
            var lines = path is not null && name is not null ? File.ReadAllLines(path) : [];
            var line = Array.FindIndex(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(name!)}(?![\w-])"));
            if (line >= 0)
            {
                var column = System.Text.RegularExpressions.Regex.Match(lines[line], $@"(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(name!)}(?![\w-])").Index + 1;
                return ("theme/layouts/" + relative, new SourcePosition(line + 1, column));
            }
        }

        return ($"theme/layouts/{layout}.liquid", SourcePosition.Start);
    }

    private void Parse(string name, DiagnosticBag diagnostics)
    {
        var path = _theme.Find($"layouts/{name}.liquid");
        var display = $"theme/layouts/{name}.liquid";
        if (path is null)
        {
            diagnostics.Error(DiagnosticCodes.Template, display, SourcePosition.Start, $"the theme has no '{name}' layout", $"Create {display}.");
            return;
        }

        var source = Text.TextNormalizer.Normalize(File.ReadAllText(path));
        if (Parser.TryParse(source, out var template, out var error))
        {
            _layouts[name] = template;
            return;
        }

        var at = TemplateErrorPosition(error);
        // Fluid appends the whole source after its first line: the position says where.
        diagnostics.Error(DiagnosticCodes.Template, display, at, $"the layout cannot be parsed: {error.Split('\n')[0].Trim()}", null);
    }

    /// <summary>Fluid reports "… at (line:column)"; we turn it into our position.</summary>
    private static SourcePosition TemplateErrorPosition(string error)
    {
        var match = System.Text.RegularExpressions.Regex.Match(error, @"\((\d+):(\d+)\)");
        return match.Success
            ? new SourcePosition(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : SourcePosition.Start;
    }
}
