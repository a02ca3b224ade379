using System.Net;
using System.Net.Sockets;

namespace Site.Preview;

/// <summary>Finding a port the preview can listen on.</summary>
public static class Ports
{
    /// <summary>How many ports after a busy one are tried before asking the system for any free one.</summary>
    private const int NearbyTries = 20;

    /// <summary>The first free port after <paramref name="busy"/> (easy to remember), else one the system picks.</summary>
    public static int FreeNear(IPAddress address, int busy)
    {
        for (var port = busy + 1; port <= Math.Min(busy + NearbyTries, IPEndPoint.MaxPort); port++)
        {
            if (IsFree(address, port))
            {
                return port;
            }
        }

        using var any = new TcpListener(address, 0);
        any.Start();
        return ((IPEndPoint)any.LocalEndpoint).Port;
    }

    public static bool IsFree(IPAddress address, int port)
    {
        try
        {
            using var listener = new TcpListener(address, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
