namespace Site.Diagnostics;

/// <summary>
/// An unexpected failure (a bug, not a mistake in the input) tagged with the file being processed when it happened,
/// so that the one message the command line prints can name that file.
/// </summary>
public sealed class ProcessingException(string file, Exception inner)
    : Exception($"unexpected {inner.GetType().Name} while processing {file}: {inner.Message}", inner)
{
    public string File { get; } = file;

    /// <summary>Runs <paramref name="work"/> for <paramref name="file"/>; an unexpected exception comes out tagged with the file.</summary>
    public static T Guard<T>(string file, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (Exception e) when (e is not ProcessingException and not OperationCanceledException)
        {
            throw new ProcessingException(file, e);
        }
    }

    /// <summary>The innermost tagged failure inside <paramref name="e"/> (parallel loops wrap it in AggregateExceptions).</summary>
    public static ProcessingException? Find(Exception e) => e switch
    {
        ProcessingException tagged => tagged,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Select(Find).FirstOrDefault(t => t is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };
}
