namespace Frontline.Touchpoints;

/// <summary>
/// How a customer sees who wrote to them. The timeline keeps the whole author for colleagues ("Dana Lee (API key
/// CRM)"); a customer reads only the person ("Dana Lee"), or "Customer care" for an integration with no person, never
/// the words of our own plumbing.
/// </summary>
public static class AuthorForCustomers
{
    public const string Team = "Customer care";

    public static string Of(string author)
    {
        var key = author.IndexOf(Identity.ApiKey.NameMark, StringComparison.Ordinal);
        if (key > 0) return author[..key];
        return author.StartsWith(Identity.ApiKey.ActorName(null, ""), StringComparison.Ordinal) ? Team : author;
    }
}
