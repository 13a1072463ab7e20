using Bogus;

namespace Frontline.Demo;

/// <summary>
/// Names, subjects and message bodies made once with Bogus; each row then only picks from them,
/// which is what lets ten million rows be generated in seconds rather than hours.
/// </summary>
internal sealed class BulkSeedPools
{
    public static readonly (string Zone, string Currency, string PhonePrefix, int Digits)[] Regions =
    [
        ("Europe/Berlin", "EUR", "+4930", 8), ("Europe/London", "GBP", "+4420", 8), ("America/New_York", "USD", "+1212", 7),
        ("America/Chicago", "USD", "+1312", 7), ("Asia/Kuala_Lumpur", "MYR", "+603", 8), ("Asia/Hong_Kong", "HKD", "+852", 8),
        ("Australia/Sydney", "AUD", "+612", 8),
    ];

    public string[] FirstNames { get; }
    public string[] LastNames { get; }
    public string[] AgentNames { get; }
    public string[] Subjects { get; }
    public string[] Bodies { get; }

    public BulkSeedPools(int seed)
    {
        var faker = new Faker("en") { Random = new Randomizer(seed) };
        FirstNames = Distinct(2_000, () => faker.Name.FirstName());
        LastNames = Distinct(2_000, () => faker.Name.LastName());
        AgentNames = Enumerable.Range(0, 200).Select(_ => faker.Name.FullName()).ToArray();
        Subjects = Enumerable.Range(0, 2_000).Select(_ => $"{faker.Commerce.ProductName()}: {faker.PickRandom(Problems)}").ToArray();
        Bodies = Enumerable.Range(0, 10_000).Select(_ => faker.Random.Int(0, 3) switch
        {
            0 => faker.Rant.Review(faker.Commerce.Product()),
            1 => faker.Lorem.Sentences(faker.Random.Int(1, 3)),
            2 => $"{faker.Hacker.Phrase()} Order {faker.Random.AlphaNumeric(8).ToUpperInvariant()}.",
            _ => faker.Lorem.Paragraph(),
        }).ToArray();
    }

    private static readonly string[] Problems =
    [
        "arrived damaged", "stopped working", "wrong item delivered", "refund not received", "booking change", "missing parts",
        "invoice question", "warranty claim", "seat upgrade", "delivery late", "cannot sign in", "charged twice",
    ];

    // Bogus repeats itself; asking for more than it knows would loop, so give up after a fair number of tries
    private static string[] Distinct(int count, Func<string> next)
    {
        var seen = new HashSet<string>();
        for (var tries = 0; seen.Count < count && tries < count * 20; tries++) seen.Add(next());
        return [.. seen.Order(StringComparer.Ordinal)];
    }
}
