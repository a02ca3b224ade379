using Site.Preview;

namespace Site.Tests.Serving;

/// <summary>The queue between the file watchers and the builder: one rebuild at a time, a burst coalesced.</summary>
public class RebuildQueueTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);

    [Fact]
    public async Task BurstOfRequests_WhileNothingRuns_GivesOneRebuild_WithTheFirstReason()
    {
        var reasons = new List<string>();
        var built = new TaskCompletionSource();
        var queue = new RebuildQueue(reason => { lock (reasons) { reasons.Add(reason); } built.TrySetResult(); }, Quiet);

        for (var i = 0; i < 50; i++)
        {
            queue.Request($"file-{i}.md");
        }

        await built.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Quiet * 10); // a second rebuild, if the burst gave one, would run now
        await queue.DisposeAsync();
        Assert.Equal(["file-0.md"], reasons);
    }

    [Fact]
    public async Task RequestsDuringARebuild_GiveExactlyOneMoreRebuild_NeverTwoAtOnce()
    {
        var gate = new ManualResetEventSlim(false);
        var running = 0;
        var mostAtOnce = 0;
        var count = 0;
        var first = new TaskCompletionSource();
        var second = new TaskCompletionSource();
        var queue = new RebuildQueue(_ =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            var n = Interlocked.Increment(ref count);
            if (n == 1)
            {
                first.TrySetResult();
                gate.Wait(TimeSpan.FromSeconds(20)); // an edit arrives while this build runs
            }
            else
            {
                second.TrySetResult();
            }

            Interlocked.Decrement(ref running);
        }, Quiet);

        queue.Request("first");
        await first.Task.WaitAsync(TimeSpan.FromSeconds(10));
        for (var i = 0; i < 50; i++)
        {
            queue.Request($"during-{i}");
        }

        gate.Set();
        await second.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(Quiet * 10);
        await queue.DisposeAsync();
        Assert.Equal(2, count);
        Assert.Equal(1, mostAtOnce);
        gate.Dispose();
    }

    [Fact]
    public async Task Dispose_WaitsForTheRunningRebuild_AndStartsNoOther()
    {
        var gate = new ManualResetEventSlim(false);
        var started = new TaskCompletionSource();
        var count = 0;
        var queue = new RebuildQueue(_ =>
        {
            Interlocked.Increment(ref count);
            started.TrySetResult();
            gate.Wait(TimeSpan.FromSeconds(20));
        }, Quiet);

        queue.Request("edit");
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        queue.Request("another edit");
        var disposing = queue.DisposeAsync().AsTask();
        await Task.Delay(Quiet * 5);
        Assert.False(disposing.IsCompleted, "dispose returned while a rebuild was still writing");

        gate.Set();
        await disposing.WaitAsync(TimeSpan.FromSeconds(10));
        queue.Request("after dispose");
        await Task.Delay(Quiet * 5);
        Assert.Equal(1, count);
        gate.Dispose();
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = target; value > seen; seen = target)
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
            {
                return;
            }
        }
    }
}
