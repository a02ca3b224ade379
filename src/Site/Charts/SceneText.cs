namespace Site.Charts;

/// <summary>A line of text placed at a baseline. <see cref="Role"/> becomes the SVG class, so tests can find it.</summary>
public sealed record SceneText(float X, float Y, string Text, float Size, bool Bold, string Fill, string Role, bool AlignEnd = false);
