using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace Site.Preview;

/// <summary>
/// The live-reload event streams (server-sent events), one per open tab. Each stream has its own queue that only its
/// own request writes from, so two rebuilds never write to one response at once, and a closed tab's stream leaves
/// the list as its request ends. Every event carries the build's number: a page that missed an event (it connected
/// after the rebuild) sees on connecting that it is older than the site.
/// </summary>
internal sealed class LiveReloadHub
{
    public const string Path = "/_live";

    private readonly Lock _gate = new();
    private readonly HashSet<Channel<string>> _streams = [];
    private bool _closed;

    /// <summary>Incremented by every finished build, failed or not.</summary>
    public int Generation { get; private set; }

    public int OpenStreams
    {
        get
        {
            lock (_gate)
            {
                return _streams.Count;
            }
        }
    }

    /// <summary>Tells every open tab that a build finished.</summary>
    public void BuildFinished()
    {
        lock (_gate)
        {
            Generation++;
            foreach (var stream in _streams)
            {
                stream.Writer.TryWrite(Event("reload"));
            }
        }
    }

    /// <summary>Ends every stream, so that the server can stop without waiting for the tabs to go.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
            foreach (var stream in _streams)
            {
                stream.Writer.TryComplete();
            }
        }
    }

    /// <summary>One tab's stream: "build" with the current number on connecting, then "reload" after each build.</summary>
    public async Task StreamAsync(HttpContext context)
    {
        var stream = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            if (_closed)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            _streams.Add(stream);
            stream.Writer.TryWrite(": connected\n" + Event("build"));
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        try
        {
            await foreach (var message in stream.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The tab was closed or reloaded.
        }
        finally
        {
            lock (_gate)
            {
                _streams.Remove(stream);
            }
        }
    }

    private string Event(string name) => $"event: {name}\ndata: {Generation}\n\n";
}
