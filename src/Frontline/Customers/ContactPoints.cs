using System.Net.Mail;
using PhoneNumbers;

namespace Frontline.Customers;

/// <summary>Normalises the ways a customer is reached, so one address or number always finds one customer.</summary>
public static class ContactPoints
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static string? NormalizeEmail(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254) return null;
        if (!MailAddress.TryCreate(trimmed,
            out var address) || address.Address != trimmed || !address.Host.Contains('.'))
            return null;
        return trimmed.ToLowerInvariant();
    }

    /// <summary>
    /// The number in E.164 form, or null if it is not a valid number of its country's plan; a number without a
    /// country code is read in <paramref name="region"/> (Germany when none is given).
    /// </summary>
    public static string? NormalizePhone(string? value, PhoneRegion? region = null)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40) return null;
        try
        {
            var number = Phones.Parse(value, (region ?? PhoneRegion.Default).Code);
            return Phones.IsValidNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    public static bool IsTimeZone(string? id) => id is not null && NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is not null;
}
