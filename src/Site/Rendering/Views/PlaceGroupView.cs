namespace Site.Rendering.Views;

/// <summary>The places of one kind (communes, schools…) in the places index, in alphabetical order.</summary>
public sealed record PlaceGroupView(string Title, IReadOnlyList<PlaceView> Places);
