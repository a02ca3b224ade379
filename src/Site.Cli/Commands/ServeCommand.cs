using System.CommandLine;
using System.Net;
using Site.Preview;

namespace Site.Cli.Commands;

/// <summary>`site serve`: a local preview that rebuilds on every change and reloads the open tab.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new CommonOptions(PreviewServer.DefaultFolder, "Where the preview is built (never the published _site/).");
        var port = new Option<int>("--port") { Description = "The port to listen on.", DefaultValueFactory = _ => 8080 };
        var bind = new Option<IPAddress>("--bind")
        {
            Description = "The address to listen on: 0.0.0.0 to open the preview from a phone on the same network.",
            DefaultValueFactory = _ => IPAddress.Loopback,
            CustomParser = result => IPAddress.TryParse(result.Tokens[0].Value, out var address) ? address : Invalid(result),
        };
        var command = new Command("serve", "Preview the site on http://127.0.0.1:PORT/, rebuilding and reloading the browser when input/ or theme/ changes.");
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(bind);
        command.SetAction(async (result, cancellation) =>
        {
            var server = new PreviewServer(options.Read(result), Console.WriteLine);
            try
            {
                await server.RunAsync(result.GetValue(bind)!, result.GetValue(port), cancellation);
                return 0;
            }
            catch (PortInUseException busy)
            {
                Console.Error.WriteLine(busy.Message);
                return 1;
            }
        });
        return command;
    }

    private static IPAddress? Invalid(System.CommandLine.Parsing.ArgumentResult result)
    {
        result.AddError($"'{result.Tokens[0].Value}' is not an IP address: use 127.0.0.1 (this computer only) or 0.0.0.0 (also other devices on the network).");
        return null;
    }
}
