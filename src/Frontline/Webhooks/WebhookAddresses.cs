using System.Net;
using System.Net.Sockets;

namespace Frontline.Webhooks;

/// <summary>
/// Which addresses a webhook may reach: never this machine, a private or link-local network, cloud metadata, CGNAT,
/// multicast or unspecified addresses (also written as IPv4-mapped IPv6), unless configuration allows the network.
/// </summary>
public sealed class WebhookAddresses(IReadOnlyList<IPNetwork> allowed)
{
    private static readonly IPNetwork[] Refused =
    [
        .. new[]
        {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fc00::/7", "fe80::/10", "ff00::/8",
        }.Select(IPNetwork.Parse),
    ];

    public bool IsAllowed(IPAddress address)
    {
        if (allowed.Any(n => n.Contains(address))) return true;
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (allowed.Any(n => n.Contains(plain))) return true;
        return !Refused.Any(n => n.Contains(plain));
    }

    /// <summary>The addresses of <paramref name="host"/> (itself when it is one); none when it does not resolve.</summary>
    public static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        try
        {
            return await Dns.GetHostAddressesAsync(host, ct);
        }
        catch (SocketException)
        {
            return [];
        }
    }

    /// <summary>Why <paramref name="url"/> may not be a webhook's address, or null when it may.</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken ct)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return "Must be an absolute http or https URL.";
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return "Must be an http or https URL.";
        if (uri.UserInfo.Length > 0) return "Must not carry a user name or password.";
        var addresses = await ResolveAsync(uri.IdnHost, ct);
        if (addresses.Length == 0) return $"The host {uri.Host} does not resolve.";
        var refused = addresses.FirstOrDefault(a => !IsAllowed(a));
        return refused is null
            ? null
            : $"The host {uri.Host} resolves to {refused}, an address webhooks may not reach (this machine, a private, "
                + "link-local, shared or metadata network, multicast or unspecified).";
    }

    /// <summary>
    /// Connects to an allowed address of the request's host, resolved here and now, so a name that resolved to a public
    /// address at registration and to a private one now (DNS rebinding) still reaches nothing inside.
    /// </summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = (await ResolveAsync(endpoint.Host, ct)).Where(IsAllowed).ToList();
        if (addresses.Count == 0)
            throw new RefusedAddressException($"{endpoint.Host} resolves to no address webhooks may reach.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses.Select(a => a.IsIPv4MappedToIPv6 ? a.MapToIPv4() : a).ToArray(),
                endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

/// <summary>A delivery refused before any connection, because the host resolves only to refused addresses.</summary>
internal sealed class RefusedAddressException(string message) : Exception(message);
