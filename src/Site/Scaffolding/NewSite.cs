namespace Site.Scaffolding;

/// <summary>What `site init` asks of a new report site's issuer.</summary>
/// <param name="Issuer">The issuing authority in each language, e.g. "Ủy ban nhân dân tỉnh Yên Bái" / "People's Committee of Yên Bái Province".</param>
/// <param name="BaseUrl">The published address; empty leaves it to be filled in (a --strict build then refuses the site).</param>
/// <param name="Edition">The first edition's folder and date, "yyyy-MM".</param>
public sealed record NewSite(IReadOnlyDictionary<string, string> Issuer, string BaseUrl, string Edition);
