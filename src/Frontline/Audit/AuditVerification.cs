namespace Frontline.Audit;

/// <summary>The result of walking the chain: how many rows held, and the first that did not (null when none).</summary>
public sealed record AuditVerdict(long Rows, AuditBreak? Break)
{
    public bool Intact => Break is null;
}

/// <summary>
/// Walks the audit log in the order it was written and checks each row's link to the row before and its own hash. A
/// broken row's fields are compared with the event it was made from, when that is still there, to say what differs.
/// </summary>
public static class AuditVerification
{
    public static async Task<AuditVerdict> VerifyAsync(FrontlineDb db, CancellationToken ct)
    {
        var previous = AuditChain.Genesis;
        long rows = 0;
        AuditEntry? broken = null;
        await foreach (var row in db.AuditLog.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable()
            .WithCancellation(ct))
        {
            if (AuditChain.Problem(row, previous, null) is not null)
            {
                broken = row;
                break;
            }
            previous = row.Hash;
            rows++;
        }
        if (broken is not null)
        {
            // read once the walk's reader is closed: PostgreSQL runs one command at a time on a connection
            var source = await db.Events.AsNoTracking()
                .FirstOrDefaultAsync(e => e.Position == broken.EventPosition, ct);
            var problem = AuditChain.Problem(broken, previous, source is null ? null : AuditChain.From(source))!;
            return new AuditVerdict(rows, new AuditBreak(broken.Id, broken.EventPosition, problem));
        }
        return new AuditVerdict(rows, null);
    }
}
