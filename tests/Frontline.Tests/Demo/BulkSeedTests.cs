using System.Net;
using Frontline.Api;
using Frontline.Authority;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Gestures;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Demo;

public abstract class BulkSeedTests(ApiFixture fx)
{
    private static readonly DateTime Until = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Seeding_adds_customers_with_their_touchpoints_that_the_api_then_finds()
    {
        var customers = await fx.CountAsync<Customer>();
        var touchpoints = await fx.CountAsync<Touchpoint>();
        await using var db = fx.OpenDb();

        var result = await BulkSeed.RunAsync(db, new BulkSeedPlan(30, 4, 7, Until, BatchSize: 10), null, TestContext.Current.CancellationToken);

        result.Customers.ShouldBe(30);
        (await fx.CountAsync<Customer>()).ShouldBe(customers + 30);
        (await fx.CountAsync<Touchpoint>()).ShouldBe(touchpoints + 120);
        var last = await db.CustomerEmails.OrderByDescending(e => e.Id).FirstAsync(TestContext.Current.CancellationToken);
        var agent = fx.As("Agent");
        var found = await (await agent.GetAsync($"/api/v1/customers?email={Uri.EscapeDataString(last.Address)}")).ReadAsync<Page<CustomerSummary>>();
        found.Items.Single().Id.ShouldBe(last.CustomerId);
        var timeline = await (await agent.GetAsync($"/api/v1/customers/{last.CustomerId}/timeline?pageSize=50")).ReadAsync<Page<TimelineEntry>>();
        timeline.Items.Count.ShouldBe(4);
        // the ids continue after the seeded rows: a customer created afterwards is written normally
        (await Given.CustomerAsync(agent)).Id.ShouldBeGreaterThan(last.CustomerId);
    }

    [Fact]
    public async Task Seeding_with_gestures_writes_a_ledger_whose_spend_the_evaluation_counts()
    {
        var ct = TestContext.Current.CancellationToken;
        var cases = await fx.CountAsync<Frontline.Cases.Case>();
        var gestures = await fx.CountAsync<Gesture>();
        await using var db = fx.OpenDb();

        await BulkSeed.RunAsync(db, new BulkSeedPlan(120, 1, 11, DateTime.UtcNow.Date, BatchSize: 50, GesturesPerCase: 3), null, ct);

        var added = await fx.CountAsync<Frontline.Cases.Case>() - cases;
        added.ShouldBeGreaterThan(0);
        (await fx.CountAsync<Gesture>()).ShouldBe(gestures + 3 * added);
        var ledger = await db.Gestures.OrderByDescending(g => g.Id).Take(3 * (int)added).ToListAsync(ct);
        var grants = await db.AuthorityGrants.Where(g => g.CreatedBy != null).ToDictionaryAsync(g => g.Id, ct);
        ledger.ShouldAllBe(g => grants.ContainsKey(g.GrantId!.Value) && g.Amount > 0 && g.Amount <= grants[g.GrantId!.Value].MaxPerGesture);
        // the seeded grants and guidelines cover the standard categories; the fixture's database holds other tests' categories too
        var standard = ledger.Where(g => grants[g.GrantId!.Value].CategoryIds.Contains(g.CategoryId)).ToList();
        standard.ShouldNotBeEmpty();
        standard.ShouldAllBe(g => g.GuidelineId != null && g.GuidelineVersion >= 1);

        // the evaluation counts what its caller granted under the grant this period: ask as whoever granted a seeded
        // gesture (a key that acts for nobody when a key granted it, else a key acting for that person)
        var keyed = standard.FirstOrDefault(g => g.GrantedById == null) ?? standard.First();
        var granter = keyed.GrantedById;
        var grant = grants[keyed.GrantId!.Value];
        grant.HolderRole.ShouldBe(Roles.Agent);
        var since = EffectiveAuthority.PeriodStart(grant.BudgetPeriod!.Value, DateTime.UtcNow);
        var spent = (await db.Gestures.Where(g => g.GrantId == grant.Id && g.GrantedById == granter && g.GrantedAt >= since)
            .Select(g => g.Amount).ToListAsync(ct)).Sum();
        var caller = granter is { } person
            ? (await fx.KeyAsync(Roles.Agent, actsForAgentId: person)).Client
            : await fx.KeyForNobodyAsync(Roles.Agent);
        var response = await caller.PostJsonAsync($"/api/v1/cases/{keyed.CaseId}/gestures/evaluate",
            new { gesture = keyed.Kind, amount = 1, currency = "EUR" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var evaluation = await response.ReadAsync<Evaluation>();
        evaluation.Summary.ShouldContain($"{new Money(grant.BudgetAmount!.Value - spent, "EUR")} of your {new Money(grant.BudgetAmount.Value, "EUR")}");
    }
}

[Collection(SqliteCollection.Name)]
public sealed class BulkSeedOnSqlite(SqliteApi fx) : BulkSeedTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class BulkSeedOnPostgres(PostgresApi fx) : BulkSeedTests(fx);

public sealed class BulkSeedDeterminismTests
{
    [Fact]
    public async Task The_same_seed_gives_the_same_customers_and_touchpoints()
    {
        var first = await SeedFreshAsync(seed: 42);
        var again = await SeedFreshAsync(seed: 42);
        var other = await SeedFreshAsync(seed: 43);

        again.ShouldBe(first);
        other.ShouldNotBe(first);
    }

    private static async Task<string> SeedFreshAsync(int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"frontline-seed-{Guid.NewGuid():N}");
        try
        {
            await using var db = DataModule.Open(DatabaseOptions.Sqlite(folder));
            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
            await BulkSeed.RunAsync(db, new BulkSeedPlan(20, 3, seed, new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc)), null,
                TestContext.Current.CancellationToken);
            var customers = await db.Customers.OrderBy(c => c.Id)
                .Select(c => c.Name + "|" + c.TimeZone + "|" + c.LoyaltyTier + "|" + c.Emails.Select(e => e.Address).First())
                .ToListAsync(TestContext.Current.CancellationToken);
            var touchpoints = await db.Touchpoints.OrderBy(t => t.Id).Select(t => t.CustomerId + "|" + t.OccurredAt + "|" + t.Body)
                .ToListAsync(TestContext.Current.CancellationToken);
            return string.Join("\n", customers.Concat(touchpoints));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
