using Site.Linking;
using Site.Output;

namespace Site.Publishing;

/// <summary>The files of input/ that pages link to (images, downloads), copied with their exact names where the Link stage placed them.</summary>
public static class ContentFiles
{
    public static IEnumerable<OutputFile> Create(SiteModel model) =>
        model.Pages
            .Where(p => p.Body is not null)
            .SelectMany(p => p.Body!.Links)
            .Where(l => l.File is not null)
            .DistinctBy(l => l.FileOutputPath, StringComparer.Ordinal)
            .Select(l => new OutputFile(l.FileOutputPath!, File.ReadAllBytes(l.File!.FullPath)));
}
