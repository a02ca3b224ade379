namespace Site.Diagnostics;

/// <summary>How serious a diagnostic is: errors stop the build, warnings do so only under --strict, infos never.</summary>
public enum Severity
{
    /// <summary>A fact worth reporting that an editor has already reviewed (a confirmed finding); never fails a build.</summary>
    Info,
    Warning,
    Error,
}
