using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Frontline.Api;

/// <summary>
/// Where customers reach Frontline from outside, for links in e-mails: <c>Frontline:PublicUrl</c>, else the first
/// address the server listens on.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IServer server)
{
    public Uri Base
    {
        get
        {
            var configured = configuration["Frontline:PublicUrl"];
            var address = !string.IsNullOrWhiteSpace(configured) ? configured
                : server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:5080";
            return new Uri(address.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost").TrimEnd('/') + "/");
        }
    }

    public string To(string path) => new Uri(Base, path.TrimStart('/')).ToString();
}
