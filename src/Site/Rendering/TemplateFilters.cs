using Fluid;
using Fluid.Values;

namespace Site.Rendering;

/// <summary>Our Liquid filters: `json_script` embeds JSON (JSON-LD) in a script element.</summary>
public static class TemplateFilters
{
    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("json_script", JsonScript);
    }

    /// <summary>
    /// JSON as the content of a script element, unencoded (an HTML entity would corrupt it) but with every '&lt;' as
    /// \u003c, not only "&lt;/": a title holding "&lt;!--&lt;script&gt;" would otherwise swallow the rest of the page.
    /// </summary>
    public static ValueTask<FluidValue> JsonScript(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        new StringValue(input.ToStringValue().Replace("<", "\\u003c", StringComparison.Ordinal), encode: false);
}
