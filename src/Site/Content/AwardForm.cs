namespace Site.Content;

/// <summary>A form of award (an order, a flag, a certificate) that tables and pages refer to by id.</summary>
public sealed record AwardForm(string Id, LocalizedText Name);
