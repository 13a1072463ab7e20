using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Frontline.Identity;

/// <summary>
/// The token in an invitation link: the person, their security stamp and an expiry, protected so nobody can forge or
/// read it. Setting the password changes the stamp, so a link works once; after <see cref="Lifespan"/> it works never.
/// </summary>
public sealed class InvitationTokens(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifespan = TimeSpan.FromDays(3);

    private readonly IDataProtector _protector = protection.CreateProtector("Frontline.Identity.Invitation");

    public string Issue(long agentId, string stamp)
    {
        var expires = (clock.GetUtcNow() + Lifespan).ToUnixTimeSeconds();
        var payload = string.Create(CultureInfo.InvariantCulture, $"{agentId}|{expires}|{stamp}");
        return WebEncoders.Base64UrlEncode(_protector.Protect(Encoding.UTF8.GetBytes(payload)));
    }

    /// <summary>Whether the token was issued for this person at this stamp and has not expired.</summary>
    public bool Holds(string? token, long agentId, string? stamp)
    {
        if (string.IsNullOrWhiteSpace(token) || stamp is null) return false;
        string payload;
        try
        {
            payload = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }
        var parts = payload.Split('|', 3);
        return parts.Length == 3
            && long.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) && id == agentId
            && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var expires)
            && clock.GetUtcNow().ToUnixTimeSeconds() < expires
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(parts[2]), Encoding.UTF8.GetBytes(stamp));
    }
}
