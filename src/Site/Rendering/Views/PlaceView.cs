namespace Site.Rendering.Views;

/// <summary>A place of the index: its anchor, name, the place it lies in (linked within the index) and the sentences that name it.</summary>
public sealed record PlaceView(string Id, string Name, LinkView Within, IReadOnlyList<MentionView> Mentions);
