using Site.Linking;
using Site.Output;

namespace Site.Publishing;

/// <summary>An edition's original document, when kept as a file, published beside its downloads (data/&lt;edition&gt;/&lt;name&gt;) as it is.</summary>
public static class OriginalDocuments
{
    public static IEnumerable<OutputFile> Create(SiteModel model) =>
        from edition in model.Content.Editions
        where edition.Original?.File is not null
        let input = model.Content.InputFiles.FirstOrDefault(f => f.RelativePath == $"editions/{edition.Id}/{edition.Original!.File}")
        where input is not null
        select new OutputFile(DownloadPaths.Original(edition.Id, input.RelativePath), File.ReadAllBytes(input.FullPath));
}
