using Site.Linking;
using Site.Rendering.Views;
using Site.Text;

namespace Site.Rendering;

/// <summary>The glossary in one language, in the order of its terms without diacritics, with their other languages' forms.</summary>
public static class GlossaryViewBuilder
{
    public static IReadOnlyList<GlossaryTermView> Build(SiteModel model, string language)
    {
        var others = model.Languages.Where(l => l != language).ToList();
        return model.Content.Glossary
            .OrderBy(g => VietnameseFolding.Fold(g.Term.Get(language)).ToLowerInvariant(), StringComparer.Ordinal)
            .Select(term => new GlossaryTermView(
                term.Id,
                term.Term.Get(language),
                others.Select(other => new TranslationView(other, term.Term.Get(other))).ToList(),
                term.Definition.Has(language) ? term.Definition.Get(language) : string.Empty))
            .ToList();
    }
}
