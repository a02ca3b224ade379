using Site.Diagnostics;

namespace Site.Cli;

/// <summary>Why a command was refused, as a value of a message: in the editor's language when the library says it so.</summary>
internal static class Refusal
{
    public static Translatable Reason(Exception e)
    {
        if (e is RequestRefusedException refused)
        {
            return refused.Text;
        }

        return $"{e.Message}";
    }
}
