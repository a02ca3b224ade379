namespace Site.Content;

/// <summary>One cell of an appendix table, named by its appendix number, row id and column id ("02", "total", "total").</summary>
public sealed record TableCell(string Appendix, string Row, string Column);
