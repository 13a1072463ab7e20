using Microsoft.Extensions.Configuration;

namespace Frontline.Customers;

/// <summary>
/// The region assumed for phone numbers written without a country code (<c>Frontline:DefaultPhoneRegion</c>), one per
/// app, so two apps in one process never read each other's.
/// </summary>
public sealed record PhoneRegion(string Code)
{
    public static readonly PhoneRegion Default = new("DE");

    public static PhoneRegion From(IConfiguration configuration) =>
        configuration["Frontline:DefaultPhoneRegion"] is { Length: > 0 } code ? new(code) : Default;
}
