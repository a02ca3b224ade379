using Markdig.Syntax.Inlines;
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
}
