namespace Site.Tests.Messages;

/// <summary>One message as written in the source: its template ("unknown key '{0}'") and where ("src/Site/x.cs(12)").</summary>
public sealed record MessageTemplate(string Template, string Where);
