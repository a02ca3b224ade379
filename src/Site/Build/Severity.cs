namespace Site.Build;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do so only under --strict.</summary>
public enum Severity
{
    Warning,
    Error,
}
