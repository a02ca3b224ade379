using Site.Diagnostics;

namespace Site.Cli;

/// <summary>The one diagnostic printed for an exception no stage expected: where it happened and whom to tell.</summary>
internal static class InternalError
{
    public static Diagnostic Describe(Exception e)
    {
        var tagged = ProcessingException.Find(e);
        var cause = tagged?.InnerException ?? e;
        while (cause is AggregateException { InnerExceptions.Count: 1 } single)
        {
            cause = single.InnerExceptions[0];
        }

        return new Diagnostic(Severity.Error, DiagnosticCodes.InternalError, tagged?.File ?? "site", 0, 0,
            $"internal error while processing this file: {cause.GetType().Name}: {cause.Message}",
            "This is a bug in the generator, not a mistake in your input: please report it (an issue in the generator's repository) with this message and the file named here.");
    }
}
