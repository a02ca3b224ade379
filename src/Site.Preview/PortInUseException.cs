using System.Net;
using Site.Diagnostics;

namespace Site.Preview;

/// <summary>The preview's port is taken (most often by another `serve`); says so plainly and names a free one.</summary>
public sealed class PortInUseException(IPAddress address, int port, int freePort) : Exception(Describe(address, port, freePort).ToString())
{
    public int Port { get; } = port;

    /// <summary>A port that was free on the same address when the busy one was found.</summary>
    public int FreePort { get; } = freePort;

    /// <summary>What to tell the editor, in their language.</summary>
    public Translatable Text { get; } = Describe(address, port, freePort);

    private static Translatable Describe(IPAddress address, int port, int freePort) =>
        $"Port {port} on {address} is already in use (is another 'site serve' running?). Stop that program, or use a free port: --port {freePort}";
}
