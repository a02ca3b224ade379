using System.CommandLine;
using Site.Serving;

namespace Site.Cli.Commands;

/// <summary>`site serve`: a local preview that rebuilds on every change and reloads the open tab.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions();
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1.", DefaultValueFactory = _ => 8080 };
        var command = new Command("serve", "Preview the site on http://127.0.0.1:PORT/, rebuilding and reloading the browser when input/ or theme/ changes.");
        options.AddTo(command);
        command.Options.Add(port);
        command.SetAction(async (result, cancellation) =>
        {
            var server = new PreviewServer(options.Read(result), Console.WriteLine);
            await server.RunAsync(result.GetValue(port), cancellation);
            return 0;
        });
        return command;
    }
}
