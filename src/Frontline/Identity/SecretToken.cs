using System.Security.Cryptography;
using System.Text;

namespace Frontline.Identity;

/// <summary>
/// The secrets Frontline hands out (API keys, chat tokens, customers' sign-in links): random, URL-safe, and kept
/// only as their SHA-256 hash.
/// </summary>
public static class SecretToken
{
    /// <summary>32 random bytes, base64url without padding.</summary>
    public static string New() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
