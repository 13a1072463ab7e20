using Frontline.Events;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Events;

/// <summary>What was published after a point in the event log: a test marks the log, acts, and reads what its act wrote.</summary>
public sealed class EventProbe
{
    private readonly ApiFixture _fx;
    private long _after;

    private EventProbe(ApiFixture fx, long after) => (_fx, _after) = (fx, after);

    public static async Task<EventProbe> MarkAsync(ApiFixture fx)
    {
        var probe = new EventProbe(fx, 0);
        await probe.MarkAgainAsync();
        return probe;
    }

    /// <summary>Moves the mark to the end of the log.</summary>
    public async Task MarkAgainAsync()
    {
        await using var db = _fx.OpenDb();
        _after = await db.Events.MaxAsync(e => (long?)e.Position, TestContext.Current.CancellationToken) ?? 0;
    }

    /// <summary>Every event since the mark, in order.</summary>
    public async Task<List<StoredEvent>> AllAsync()
    {
        await using var db = _fx.OpenDb();
        return await db.Events.AsNoTracking().Where(e => e.Position > _after).OrderBy(e => e.Position)
            .ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The events since the mark written by callers of the API (a person or a key), not by scheduled jobs.</summary>
    public async Task<List<StoredEvent>> ByCallersAsync() =>
        (await AllAsync()).Where(e => e.ActorAgentId is not null || e.ActorApiKeyId is not null).ToList();

    /// <summary>The one event of a type since the mark; fails when there is none or more than one.</summary>
    public async Task<T> SingleAsync<T>(Func<T, bool>? where = null) where T : IEvent
    {
        var name = EventCatalog.Of(typeof(T)).Name;
        var found = (await AllAsync()).Where(e => e.Type == name).Select(e => e.Read<T>()).Where(where ?? (_ => true)).ToList();
        return found.ShouldHaveSingleItem($"exactly one {name}");
    }

    /// <summary>The types of the events since the mark, as a sorted list to compare with what a use case should publish.</summary>
    public async Task<List<string>> TypesByCallersAsync() => (await ByCallersAsync()).Select(e => e.Type).Order(StringComparer.Ordinal).ToList();
}
