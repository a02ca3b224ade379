namespace Site.Diagnostics;

/// <summary>
/// A command the generator will not carry out as asked (a name it cannot use, a folder that is not empty), with why, to
/// be shown in the editor's language. An InvalidOperationException, as callers already expect.
/// </summary>
public sealed class RequestRefusedException(Translatable text) : InvalidOperationException(text.ToString())
{
    public Translatable Text { get; } = text;
}
