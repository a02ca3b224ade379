using Site.Diagnostics;

namespace Site.Data;

/// <summary>
/// An entry of `confirmed_findings`: an editor has checked a finding against the printed source. It records the
/// values it was checked for and acknowledges the finding only while those values hold, so a later change to a
/// figure it covers is reported again.
/// </summary>
public abstract record ConfirmedFinding(SourcePosition At);
