using System.Net;

namespace Site.Preview;

/// <summary>The preview's port is taken (most often by another `serve`); says so plainly and names a free one.</summary>
public sealed class PortInUseException(IPAddress address, int port, int freePort)
    : Exception($"Port {port} on {address} is already in use (is another 'site serve' running?). Stop that program, or use a free port: --port {freePort}")
{
    public int Port { get; } = port;

    /// <summary>A port that was free on the same address when the busy one was found.</summary>
    public int FreePort { get; } = freePort;
}
