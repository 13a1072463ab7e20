using Frontline.Touchpoints;

namespace Frontline.Channels;

/// <summary>What the timeline says of a kept file; the bytes come from <see cref="Attachments"/>' download.</summary>
public sealed record AttachmentInfo(long Id, string FileName, string ContentType, long Size);

/// <summary>
/// The files customers sent (by e-mail or with the web form): listed on their touchpoints, downloaded by the front line,
/// and by the customer in the portal, only their own. A download is always offered as a file, never shown in the page.
/// </summary>
public static class Attachments
{
    /// <summary>The files of these touchpoints, by touchpoint, without their bytes.</summary>
    public static async Task<ILookup<long, AttachmentInfo>> OfAsync(FrontlineDb db, IReadOnlyCollection<long> touchpointIds, CancellationToken ct)
    {
        if (touchpointIds.Count == 0) return Array.Empty<AttachmentInfo>().ToLookup(_ => 0L);
        var rows = await db.Attachments.AsNoTracking().Where(a => touchpointIds.Contains(a.TouchpointId)).OrderBy(a => a.Id)
            .Select(a => new { a.TouchpointId, Info = new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size) }).ToListAsync(ct);
        return rows.ToLookup(r => r.TouchpointId, r => r.Info);
    }

    internal static async Task<Results<FileContentHttpResult, NotFound>> Download(long id, HttpContext http, FrontlineDb db, CancellationToken ct) =>
        File(http, await db.Attachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct));

    /// <summary>A file of the customer's own, on a touchpoint they can see (never on an internal note).</summary>
    public static Task<Attachment?> OfCustomerAsync(FrontlineDb db, long customerId, long id, CancellationToken ct) =>
        db.Attachments.AsNoTracking()
            .Where(a => a.Id == id && db.Touchpoints.Any(t => t.Id == a.TouchpointId && t.CustomerId == customerId && t.Direction != Direction.Internal))
            .FirstOrDefaultAsync(ct);

    public static Results<FileContentHttpResult, NotFound> File(HttpContext http, Attachment? file)
    {
        if (file is null) return TypedResults.NotFound();
        // the browser must not guess another type from the bytes (a "picture" that is really a page)
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
