using System.Threading.Channels;

namespace Site.Preview;

/// <summary>
/// Turns a burst of file events into as few rebuilds as give the right result, one at a time: a rebuild starts once
/// the events have been quiet for a moment (an editor saves a file in several writes, a checkout changes hundreds),
/// and everything that changes while it runs is built by exactly one rebuild after it.
/// </summary>
internal sealed class RebuildQueue : IAsyncDisposable
{
    /// <summary>However long a burst goes on, a rebuild starts after this many quiet periods.</summary>
    private const int MaxWaits = 20;

    private readonly Channel<string> _requests = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<string> _rebuild;
    private readonly TimeSpan _quiet;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _worker;

    /// <param name="rebuild">Runs on the queue's one worker, given what changed first.</param>
    public RebuildQueue(Action<string> rebuild, TimeSpan quiet)
    {
        _rebuild = rebuild;
        _quiet = quiet;
        _worker = Task.Run(WorkAsync);
    }

    /// <summary>Asks for a rebuild because of <paramref name="reason"/> (a file name); never waits.</summary>
    public void Request(string reason) => _requests.Writer.TryWrite(reason);

    /// <summary>Stops taking requests, drops those not started, and waits for a running rebuild to end.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stop.CancelAsync();
        await _worker;
        _stop.Dispose();
    }

    private async Task WorkAsync()
    {
        var reader = _requests.Reader;
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                reader.TryRead(out var reason);
                for (var wait = 0; wait < MaxWaits; wait++)
                {
                    await Task.Delay(_quiet, _stop.Token);
                    if (!DrainAll(reader))
                    {
                        break;
                    }
                }

                _rebuild(reason!);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }

    /// <summary>Takes every waiting request; true when there was one.</summary>
    private static bool DrainAll(ChannelReader<string> reader)
    {
        var any = false;
        while (reader.TryRead(out _))
        {
            any = true;
        }

        return any;
    }
}
