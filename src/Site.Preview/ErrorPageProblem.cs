namespace Site.Preview;

/// <summary>One line of the error page: where ("file(line,col)"), what ("SITE012: unknown key …"), and the hint.</summary>
public sealed record ErrorPageProblem(string Location, string Message, string? Hint);
