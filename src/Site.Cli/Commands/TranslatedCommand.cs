using System.CommandLine;
using Site.Diagnostics;
using Site.Content;

namespace Site.Cli.Commands;

/// <summary>`site translated FILE…`: records in each translation the version of its source it now renders.</summary>
internal static class TranslatedCommand
{
    public static Command Create(MessageCatalog messages)
    {
        var files = new Argument<string[]>("files") { Description = messages.Say($"Translation files, e.g. input/editions/2022-05/movements/covid-19.en.md"), Arity = ArgumentArity.OneOrMore };
        var command = new Command("translated", messages.Say($"Mark translations as up to date with their Vietnamese source (writes source_hash).")) { files };
        command.SetAction(result =>
        {
            var code = 0;
            foreach (var file in result.GetValue(files)!)
            {
                try
                {
                    Console.WriteLine($"{file}: source_hash {TranslationMarker.Mark(file)}");
                }
                catch (InvalidOperationException e)
                {
                    Console.Error.WriteLine(messages.Say($"{file}: error: {Refusal.Reason(e)}"));
                    code = 1;
                }
            }

            return code;
        });
        return command;
    }
}
