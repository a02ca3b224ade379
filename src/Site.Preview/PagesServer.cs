using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Site.Preview;

/// <summary>A built site served on a loopback port by <see cref="PagesFileHandler"/> alone, as the browser tests look at it.</summary>
public sealed class PagesServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PagesServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts serving <paramref name="root"/> under <paramref name="basePath"/> on 127.0.0.1:<paramref name="port"/>.</summary>
    public static async Task<PagesServer> StartAsync(string root, string basePath, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.Run(new PagesFileHandler(root, basePath).HandleAsync);
        await app.StartAsync();
        return new PagesServer(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
