using Fluid;
using Fluid.Values;
using Site.Text;

namespace Site.Rendering;

/// <summary>Our Liquid filters: `number` formats in the page's language (1.721 / 1,721).</summary>
public static class TemplateFilters
{
    public static void Register(TemplateOptions options)
    {
        options.Filters.AddFilter("number", Number);
    }

    public static ValueTask<FluidValue> Number(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var language = arguments.At(0).ToStringValue();
        return new StringValue(NumberFormat.Format((long)input.ToNumberValue(), language.Length == 0 ? "en" : language));
    }
}
