using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Site.Preview;

/// <summary>
/// Serves a built site the way GitHub Pages does, so that what works in the preview and in the browser tests works
/// when published: a folder's index.html for its address with the trailing slash, a permanent redirect (301) to that
/// address from the one without it, "/about" for "about.html", the site's 404.html with status 404 for anything
/// else, and a content type from the file's extension (text in UTF-8).
/// </summary>
public sealed class PagesFileHandler
{
    public const string NotFoundPage = "404.html";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly string _root;
    private readonly string _basePath;

    /// <param name="root">The built site.</param>
    /// <param name="basePath">Where the site sits on the host, "/" or "/repo/" as under a project's Pages address.</param>
    public PagesFileHandler(string root, string basePath = "/")
    {
        _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        _basePath = "/" + basePath.Trim('/') + (basePath.Trim('/').Length > 0 ? "/" : string.Empty);
    }

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = request.Path.Value is { Length: > 0 } value ? value : "/";
        var (status, file) = Resolve(path);
        if (status == StatusCodes.Status301MovedPermanently)
        {
            response.StatusCode = status;
            response.Headers.Location = request.PathBase + path + "/" + request.QueryString;
            return;
        }

        response.StatusCode = status;
        response.Headers.CacheControl = "no-cache";
        if (file is null)
        {
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("404 Not Found (the site has no 404.html)");
            return;
        }

        response.ContentType = ContentType(file);
        response.ContentLength = new FileInfo(file).Length;
        if (HttpMethods.IsHead(request.Method))
        {
            return;
        }

        await response.SendFileAsync(file);
    }

    /// <summary>The status and the file to send for a path; a 301's file is null (its target is the path with a slash).</summary>
    internal (int Status, string? File) Resolve(string path)
    {
        if (path + "/" == _basePath)
        {
            return (StatusCodes.Status301MovedPermanently, null);
        }

        if (path.StartsWith(_basePath, StringComparison.Ordinal) && Local(path[_basePath.Length..]) is { } local)
        {
            if (Directory.Exists(local))
            {
                if (!path.EndsWith('/'))
                {
                    return (StatusCodes.Status301MovedPermanently, null);
                }

                var index = Path.Combine(local, "index.html");
                if (File.Exists(index))
                {
                    return (StatusCodes.Status200OK, index);
                }
            }
            else if (File.Exists(local))
            {
                return (StatusCodes.Status200OK, local);
            }
            else if (!path.EndsWith('/') && File.Exists(local + ".html"))
            {
                return (StatusCodes.Status200OK, local + ".html");
            }
        }

        var notFound = Path.Combine(_root, NotFoundPage);
        return (StatusCodes.Status404NotFound, File.Exists(notFound) ? notFound : null);
    }

    /// <summary>The file or folder a relative address names, or null when it would leave the site (../, an absolute path).</summary>
    private string? Local(string relative)
    {
        var unescaped = Uri.UnescapeDataString(relative);
        if (unescaped.Contains('\0') || unescaped.Contains('\\'))
        {
            return null;
        }

        var candidate = Path.GetFullPath(Path.Combine(_root, unescaped));
        if (candidate + Path.DirectorySeparatorChar == _root)
        {
            return _root;
        }

        return candidate.StartsWith(_root, StringComparison.Ordinal) ? candidate : null;
    }

    private static string ContentType(string file)
    {
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            return "application/octet-stream";
        }

        var textual = type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json"
            or "application/xml" or "image/svg+xml" or "application/atom+xml" or "application/manifest+json";
        return textual ? type + "; charset=utf-8" : type;
    }
}
