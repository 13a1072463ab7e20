using Bogus;
using Frontline.Cases;
using Frontline.Customers;
using Frontline.Identity;
using Frontline.Touchpoints;
using Microsoft.AspNetCore.Identity;

namespace Frontline.Demo;

/// <summary>A few hundred realistic customers around the essays' stories, their guidelines and sandboxes, and one person per role.</summary>
public static class DemoData
{
    /// <summary>Seeds only an empty database, all in one transaction; returns whether it seeded.</summary>
    public static Task<bool> SeedIfEmptyAsync(FrontlineDb db, UserManager<Agent> users, TimeProvider clock,
        int generated, CancellationToken ct) =>
        db.InTransactionAsync(() => SeedAsync(db, users, clock, generated, ct), ct);

    private static async Task<bool> SeedAsync(FrontlineDb db, UserManager<Agent> users, TimeProvider clock,
        int generated, CancellationToken ct)
    {
        if (await db.Customers.AnyAsync(ct)) return false;
        await ReferenceData.EnsureAsync(db, ct);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        foreach (var (email, name, role, team) in DemoUsers.All)
        {
            if (await users.FindByEmailAsync(email) is not null) continue;
            var (errors,
                _) = await AgentAccounts.CreateAsync(new AgentInput(email, name, DemoUsers.Password, role,
                [teams[team]]),
                DemoUsers.Seeder, users, db, clock, ct);
            if (errors.Any) throw new InvalidOperationException($"Demo user {email}: {string.Join("; ", errors.ToDictionary().SelectMany(e => e.Value))}");
        }

        var categories = await db.Categories.ToDictionaryAsync(c => c.Name, c => c.Id, ct);
        await new DemoAuthority(db, clock.GetUtcNow().UtcDateTime, categories, teams).WriteAsync(ct);
        var writer = new DemoWriter(db, clock.GetUtcNow().UtcDateTime, categories,
            await db.Products.ToDictionaryAsync(p => p.Sku, ct), teams);
        await new DemoStories(writer).WriteAsync(ct);
        await new DemoKnowledge(db, clock.GetUtcNow().UtcDateTime).WriteAsync(ct);
        await db.SaveChangesAsync(ct);
        await GeneratedCustomersAsync(writer, generated, ct);
        return true;
    }

    private static async Task GeneratedCustomersAsync(DemoWriter w, int count, CancellationToken ct)
    {
        var faker = new Faker("en") { Random = new Randomizer(2026) };
        string[] zones = ["Europe/Berlin", "Europe/London", "America/New_York", "America/Chicago", "Asia/Kuala_Lumpur",
            "Asia/Hong_Kong", "Australia/Sydney"];
        string[] currencies = ["EUR", "GBP", "USD", "USD", "MYR", "HKD", "AUD"];
        var products = w.Products.Where(p => p.Kind != "Flight").ToList();
        for (var i = 0; i < count; i++)
        {
            var zone = faker.Random.Int(0, zones.Length - 1);
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var customer = w.Customer($"{first} {last}", $"{first}.{last}.{i}@example.net".ToLowerInvariant(),
                faker.Random.Bool(0.7f) ? $"+1 415 555 {1000 + i % 9000:D4}" : null, zones[zone], faker.PickRandom<LoyaltyTier>(),
                faker.Random.Int(2005, 2026), Math.Round(faker.Random.Decimal(50, 20_000), 2), currencies[zone]);
            var today = w.Today(customer);
            var assets = Enumerable.Range(0, faker.Random.Int(1, 5))
                .Select(_ => w.Asset(customer, faker.PickRandom(products).Sku,
                today.AddDays(-faker.Random.Int(10, 1500)), faker.PickRandom<PurchaseChannel>(), faker.Company.CompanyName(),
                Math.Round(faker.Random.Decimal(20, 2_000), 2))).ToList();
            await w.SaveAsync(ct);
            for (var c = faker.Random.Int(0, 3); c > 0; c--)
            {
                var daysAgo = faker.Random.Int(0, 400);
                var status = daysAgo > 20 ? CaseStatus.Closed : faker.PickRandom<CaseStatus>();
                var channel = faker.PickRandom(Channel.Email, Channel.Phone, Channel.Chat, Channel.WebForm,
                    Channel.StoreVisit);
                var @case = w.Case(customer, faker.PickRandom(w.CategoryNames.ToArray()),
                    faker.Commerce.ProductAdjective() + " " +
                    faker.Hacker.Noun() + " problem", channel, faker.PickRandom<CasePriority>(), asset: faker.PickRandom(assets), status: status, daysAgo: daysAgo);
                await w.SaveAsync(ct);
                w.Touch(customer, @case, channel, Direction.Inbound, daysAgo * 24 * 60, faker.Lorem.Sentences(2));
                w.Touch(customer, @case, channel, Direction.Outbound, daysAgo * 24 * 60 - 45, faker.Lorem.Sentences(2),
                    "Frontline");
            }
            w.Touch(customer, null, Channel.Purchase, Direction.Inbound, faker.Random.Int(1000, 90_000),
                $"Bought {assets[0].Seller}: order {faker.Random.AlphaNumeric(8).ToUpperInvariant()}");
        }
        await w.SaveAsync(ct);
    }
}
