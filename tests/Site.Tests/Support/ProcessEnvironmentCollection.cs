namespace Site.Tests.Support;

/// <summary>Tests that change the process's time zone or default culture: they run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "process environment";
}
