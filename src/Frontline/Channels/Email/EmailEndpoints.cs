namespace Frontline.Channels.Email;

public sealed record QuarantineView(long Id, string Channel, string Reason, long Size, DateTime ReceivedAt);

/// <summary>The inbound e-mail endpoint mail providers post raw MIME to, and the quarantine admins read.</summary>
public static class EmailEndpoints
{
    public const int MaxMessageBytes = 30 * 1024 * 1024;

    internal static async Task<Results<Created<EmailReceipt>, Ok<EmailReceipt>, Accepted<EmailReceipt>, ValidationProblem>> Receive(
        HttpRequest request, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxMessageBytes) break;
        }
        var errors = new Errors();
        if (buffer.Length == 0) errors.Add("body", "Post the message as raw MIME.");
        if (buffer.Length > MaxMessageBytes) errors.Add("body", $"A message may be at most {MaxMessageBytes / 1024 / 1024} MB.");
        if (errors.Any) return errors.Problem();
        var receipt = await InboundEmail.ReceiveAsync(db, buffer.ToArray(), clock.GetUtcNow().UtcDateTime, ct);
        return receipt.Outcome switch
        {
            "recorded" => TypedResults.Created($"/api/v1/customers/{receipt.CustomerId}/timeline", receipt),
            "duplicate" => TypedResults.Ok(receipt),
            _ => TypedResults.Accepted($"/api/v1/channels/quarantine/{receipt.QuarantineId}", receipt),
        };
    }

    internal static async Task<Ok<List<QuarantineView>>> Quarantine(FrontlineDb db, CancellationToken ct) => TypedResults.Ok(await QuarantinedAsync(db, ct));

    /// <summary>The newest 200 messages that could not be read.</summary>
    public static Task<List<QuarantineView>> QuarantinedAsync(FrontlineDb db, CancellationToken ct) =>
        db.QuarantinedMessages.AsNoTracking().OrderByDescending(q => q.ReceivedAt).Take(200)
            .Select(q => new QuarantineView(q.Id, q.Channel, q.Reason, q.Raw.Length, q.ReceivedAt)).ToListAsync(ct);

    internal static async Task<Results<FileContentHttpResult, NotFound>> Raw(long id, FrontlineDb db, CancellationToken ct) =>
        await db.QuarantinedMessages.AsNoTracking().FirstOrDefaultAsync(q => q.Id == id, ct) is { } q
            ? TypedResults.File(q.Raw, "message/rfc822", $"quarantined-{q.Id}.eml")
            : TypedResults.NotFound();
}
