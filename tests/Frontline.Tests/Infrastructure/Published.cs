using Frontline.Events;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Infrastructure;

/// <summary>Reads what was published after a moment: the position to count from, then the events of one type since.</summary>
public static class Published
{
    public static async Task<long> LastAsync(ApiFixture fx)
    {
        await using var db = fx.OpenDb();
        return await db.Events.MaxAsync(e => (long?)e.Position, TestContext.Current.CancellationToken) ?? 0;
    }

    public static async Task<List<StoredEvent>> SinceAsync(ApiFixture fx, long after, string type, long? caseId = null, long? customerId = null)
    {
        await using var db = fx.OpenDb();
        return await db.Events.AsNoTracking()
            .Where(e => e.Position > after && e.Type == type && (caseId == null || e.CaseId == caseId) && (customerId == null || e.CustomerId == customerId))
            .OrderBy(e => e.Position).ToListAsync(TestContext.Current.CancellationToken);
    }
}
