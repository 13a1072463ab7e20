using System.Runtime.CompilerServices;
using Frontline.Events;
using Frontline.Identity;

namespace Frontline.Touchpoints;

/// <summary>
/// The one way to write a touchpoint: <see cref="RecordTouchpoint"/> adds it and notes who wrote it, and the save that
/// writes it publishes <see cref="TouchpointRecorded"/> in the same transaction (the id is known only after the insert,
/// so that save runs in a transaction and saves twice). A touchpoint added any other way is refused when saved.
/// </summary>
public static class TouchpointWrites
{
    private sealed record Writer(Actor Actor, DateTime Now);

    private static readonly ConditionalWeakTable<Touchpoint, Writer> Writers = new();

    public static Touchpoint RecordTouchpoint(this FrontlineDb db, Actor actor, DateTime now, Touchpoint touchpoint)
    {
        db.Touchpoints.Add(touchpoint);
        Writers.AddOrUpdate(touchpoint, new Writer(actor, now));
        return touchpoint;
    }

    /// <summary>The touchpoints this save is about to insert; refuses one added without <see cref="RecordTouchpoint"/>.</summary>
    internal static List<Touchpoint> Adding(FrontlineDb db)
    {
        var adding = db.ChangeTracker.Entries<Touchpoint>().Where(e => e.State == EntityState.Added)
            .Select(e => e.Entity).ToList();
        foreach (var t in adding)
        {
            if (!Writers.TryGetValue(t, out _))
                throw new InvalidOperationException("A touchpoint was added without RecordTouchpoint, so nobody would hear of it.");
        }
        return adding;
    }

    /// <summary>Publishes touchpoint.recorded for touchpoints just inserted (their ids are known now).</summary>
    internal static void Publish(FrontlineDb db, IEnumerable<Touchpoint> inserted)
    {
        foreach (var t in inserted)
        {
            if (!Writers.TryGetValue(t, out var writer)) continue;
            Writers.Remove(t);
            db.Publish(writer.Actor, writer.Now,
                new TouchpointRecorded(t.Id, t.CustomerId, t.CaseId ?? t.Case?.Id, t.Channel, t.Direction,
                t.Author, t.AuthorAgentId));
        }
    }
}
