using Site.Diagnostics;

namespace Site.Data;

/// <summary>A table cell as a message shows it: its count, or the word for an empty cell in the editor's language.</summary>
public static class CellInMessage
{
    public static Translatable Show(long? value)
    {
        if (value is null)
        {
            return $"empty";
        }

        return $"{value.Value}";
    }
}
