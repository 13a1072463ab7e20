using System.Security.Cryptography;
using System.Text;
using Frontline.Identity;

namespace Frontline.Api.Idempotency;

/// <summary>
/// Makes POST, PUT and PATCH under /api safe to retry. The handler's writes and the stored response
/// commit in one transaction, so a retry either replays the first answer or finds nothing was written.
/// The key is claimed first, so a concurrent duplicate waits for the winner and replays its answer.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";

    /// <summary>How long a key is remembered; a retry later than this is a new request.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext http, FrontlineDb db, TimeProvider clock)
    {
        if (!HttpMethods.IsPost(http.Request.Method) && !HttpMethods.IsPut(http.Request.Method) && !HttpMethods.IsPatch(http.Request.Method)
            || !http.Request.Path.StartsWithSegments("/api")
            || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            await next(http);
            return;
        }
        var ct = http.RequestAborted;
        var key = values.ToString().Trim();
        if (key.Length is 0 or > 200)
        {
            var errors = new Errors();
            errors.Add(Header, "Must be between 1 and 200 characters.");
            await errors.Problem().ExecuteAsync(http);
            return;
        }
        var hash = await HashAsync(http.Request, ct);
        var scope = Actor.Of(http.User).Key;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (await FindAsync(db, scope, key, ct) is { } earlier)
        {
            if (earlier.CreatedAt > now - Window)
            {
                await tx.RollbackAsync(ct);
                await ReplayAsync(http, earlier, hash);
                return;
            }
            // a key older than the window is forgotten: the request is new
            await db.IdempotencyRecords.Where(r => r.Id == earlier.Id).ExecuteDeleteAsync(ct);
        }
        // claim the key before the handler runs: a concurrent twin waits on the unique index, then replays
        var record = new IdempotencyRecord
        {
            Scope = scope, Key = key, RequestHash = hash, Body = "", CreatedAt = now,
        };
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            var winner = await FindAsync(db, scope, key, ct) ?? throw new InvalidOperationException("Idempotency record vanished.");
            await ReplayAsync(http, winner, hash);
            return;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        if (http.Response.StatusCode < 500)
        {
            record.StatusCode = http.Response.StatusCode;
            record.ContentType = http.Response.ContentType;
            record.Location = http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null;
            record.BodyWithheld = http.GetEndpoint()?.Metadata.GetMetadata<SecretResponse>() is not null;
            record.Body = record.BodyWithheld ? "" : Encoding.UTF8.GetString(buffer.ToArray());
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        else
        {
            await tx.RollbackAsync(ct);
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, ct);
    }

    private static Task<IdempotencyRecord?> FindAsync(FrontlineDb db, string scope, string key, CancellationToken ct) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            var problem = TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "This Idempotency-Key was already used with a different request.",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [Header] = ["Was used with a different request."] } });
            await problem.ExecuteAsync(http);
            return;
        }
        if (record.BodyWithheld)
        {
            if (record.Location is not null) http.Response.Headers.Location = record.Location;
            await TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "This request was already carried out; its answer held a secret, which is shown only once.").ExecuteAsync(http);
            return;
        }
        http.Response.StatusCode = record.StatusCode;
        if (record.ContentType is not null) http.Response.ContentType = record.ContentType;
        if (record.Location is not null) http.Response.Headers.Location = record.Location;
        http.Response.Headers["Idempotent-Replayed"] = "true";
        // a 204 or 304 may carry no body at all, not even an empty write
        if (record.Body.Length > 0) await http.Response.WriteAsync(record.Body, http.RequestAborted);
    }

    private static async Task<string> HashAsync(HttpRequest request, CancellationToken ct)
    {
        request.EnableBuffering();
        using var hasher = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hasher.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0) hasher.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hasher.GetHashAndReset());
    }
}
