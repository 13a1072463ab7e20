using System.Globalization;
using System.Text;

namespace Frontline.Demo;

/// <summary>
/// Turns a seed into customers with their contact points, cases and touchpoints, one customer after the other,
/// so the data depends on the seed and the plan alone, never on the batch size.
/// </summary>
internal sealed class BulkSeedGenerator(BulkSeedPlan plan, BulkSeedIds after, long[] categoryIds, BulkSeedLedger? ledger)
{
    private static readonly string[] Tiers = ["Standard", "Standard", "Standard", "Standard", "Standard", "Silver", "Silver", "Gold", "Gold", "Platinum"];
    private static readonly string[] Channels = ["Email", "Email", "Email", "Chat", "Chat", "Phone", "Phone", "WebForm", "StoreVisit", "Purchase", "Feedback"];
    private static readonly string[] CaseChannels = ["Email", "Chat", "Phone", "WebForm", "StoreVisit"];
    private static readonly string[] Priorities = ["Low", "Normal", "Normal", "Normal", "High", "Urgent"];
    private static readonly string[] RecentStatuses = ["Open", "Pending", "Resolved"];
    private const int WindowSeconds = 730 * 24 * 3600;

    private readonly BulkSeedPools pools = new(plan.Seed);
    private readonly Random random = new(plan.Seed);
    private readonly StringBuilder text = new();
    private long customers, emails, phones, cases, touchpoints, gestures;

    public IEnumerable<BulkSeedBatch> Batches()
    {
        for (var done = 0; done < plan.Customers;)
        {
            var batch = new BulkSeedBatch();
            var size = Math.Min(plan.BatchSize, plan.Customers - done);
            for (var i = 0; i < size; i++) Customer(batch);
            done += size;
            yield return batch;
        }
    }

    private void Customer(BulkSeedBatch batch)
    {
        var id = after.Customer + ++customers;
        var first = Pick(pools.FirstNames);
        var last = Pick(pools.LastNames);
        var name = $"{first} {last}";
        var region = Pick(BulkSeedPools.Regions);
        var since = DateOnly.FromDateTime(plan.Until).AddDays(-random.Next(30, 3650));
        var createdAt = since.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddSeconds(random.Next(86_400));
        var updatedAt = Later(createdAt, plan.Until.AddSeconds(-random.Next(WindowSeconds)));
        batch.Customers.Add(new CustomerRow(id, name, name.ToLowerInvariant(), region.Zone, Pick(Tiers), since,
            random.Next(0, 2_000_000) / 100m, region.Currency, random.Next(0, 200_000), createdAt, updatedAt));
        batch.Emails.Add(new EmailRow(after.Email + ++emails, id, Address(first, last, id)));
        if (random.Next(100) < 85)
            batch.Phones.Add(new PhoneRow(after.Phone + ++phones, id, Phone(region.PhonePrefix, region.Digits)));

        long? caseId = null;
        var caseOpened = DateTime.MinValue;
        if (random.Next(4) == 0) (caseId, caseOpened) = Case(batch, id);
        for (var t = 0; t < plan.TouchpointsPerCustomer; t++)
        {
            // the first few touchpoints of a customer with a case are that case's conversation
            var onCase = caseId is not null && t < 3;
            var occurredAt = onCase
                ? Earlier(caseOpened.AddMinutes(t * random.Next(5, 600)), plan.Until)
                : plan.Until.AddSeconds(-random.Next(1, WindowSeconds));
            var direction = random.Next(10) switch { < 5 => "Inbound", < 9 => "Outbound", _ => "Internal" };
            batch.Touchpoints.Add(new TouchpointRow(after.Touchpoint + ++touchpoints, id, onCase ? caseId : null,
                onCase ? "Email" : Pick(Channels), direction, occurredAt, direction == "Inbound" ? name : Pick(pools.AgentNames),
                Pick(pools.Bodies), occurredAt.AddSeconds(random.Next(0, 120))));
        }
    }

    private (long, DateTime) Case(BulkSeedBatch batch, long customerId)
    {
        var id = after.Case + ++cases;
        var openedAt = plan.Until.AddSeconds(-random.Next(3600, WindowSeconds));
        var recent = plan.Until - openedAt < TimeSpan.FromDays(30);
        var status = recent ? Pick(RecentStatuses) : "Closed";
        var resolvedAt = status is "Resolved" or "Closed" ? Earlier(openedAt.AddHours(random.Next(1, 240)), plan.Until) : (DateTime?)null;
        var closedAt = status == "Closed" ? resolvedAt : null;
        var row = new CaseRow(id, customerId, Pick(categoryIds), Pick(pools.Subjects), status, Pick(Priorities), Pick(CaseChannels),
            openedAt, closedAt ?? resolvedAt ?? openedAt, resolvedAt, closedAt);
        batch.Cases.Add(row);
        ledger?.Gestures(batch, row, plan.GesturesPerCase, () => after.Gesture + ++gestures);
        return (id, openedAt);
    }

    private string Address(string first, string last, long id)
    {
        text.Clear();
        Letters(first).Append('.');
        Letters(last).Append('.').Append(id.ToString(CultureInfo.InvariantCulture)).Append("@example.org");
        return text.ToString();
    }

    // names like O'Neil or Anne-Marie keep only their letters in an address
    private StringBuilder Letters(string s)
    {
        foreach (var c in s) if (char.IsAsciiLetter(c)) text.Append(char.ToLowerInvariant(c));
        return text;
    }

    private string Phone(string prefix, int digits)
    {
        text.Clear().Append(prefix).Append((char)('2' + random.Next(8)));
        for (var i = 1; i < digits; i++) text.Append((char)('0' + random.Next(10)));
        return text.ToString();
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static DateTime Earlier(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Later(DateTime a, DateTime b) => a > b ? a : b;
}
