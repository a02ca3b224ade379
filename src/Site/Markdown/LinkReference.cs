using Markdig.Syntax.Inlines;
using Site.Content;
using Site.Diagnostics;

namespace Site.Markdown;

/// <summary>A link, image or autolink of a page body as written, and where: the Link stage decides what it publishes.</summary>
public sealed class LinkReference
{
    private readonly LinkInline? _link;
    private readonly AutolinkInline? _autolink;

    public LinkReference(LinkInline link, SourcePosition at)
    {
        _link = link;
        Written = link.Url ?? string.Empty;
        IsImage = link.IsImage;
        At = at;
    }

    public LinkReference(AutolinkInline autolink, SourcePosition at)
    {
        _autolink = autolink;
        Written = autolink.Url;
        At = at;
    }

    /// <summary>The target as the editor wrote it.</summary>
    public string Written { get; }

    public bool IsImage { get; }

    public SourcePosition At { get; }

    /// <summary>The file of input/ the link publishes (an image or download beside the page), once linked.</summary>
    public InputFile? File { get; private set; }

    /// <summary>Where <see cref="File"/> is published, a site-relative path ("vi/2022-05/dien-hinh/x/anh.png").</summary>
    public string? FileOutputPath { get; private set; }

    /// <summary>
    /// Sets what the page publishes: an address of another host, a fragment, "#" for a refused target, or a path from
    /// the site's root ("/vi/…"), which the renderer writes relative to the page it renders.
    /// </summary>
    public void Publish(string target)
    {
        if (_link is not null)
        {
            _link.Url = target;
        }
        else
        {
            _autolink!.Url = target;
        }
    }

    /// <summary>Records that the page publishes a file of input/ at <paramref name="outputPath"/>.</summary>
    public void UsesFile(InputFile file, string outputPath)
    {
        File = file;
        FileOutputPath = outputPath;
    }
}
