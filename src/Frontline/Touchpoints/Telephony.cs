using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;
using Frontline.Customers;
using Frontline.Identity;

namespace Frontline.Touchpoints;

public enum CallEvent { Started, Ended, Recording }

/// <summary>What a telephony system reports about one call. Retried deliveries of one event change nothing twice.</summary>
/// <param name="Agent">The sign-in e-mail of the agent who took the call: the call is noted as theirs and their screens open the caller.</param>
public sealed record CallEventInput(CallEvent? Event, string? CallId, string? From, string? To, Direction? Direction,
    DateTime? At,
    int? DurationSeconds, string? RecordingUrl, string? Agent = null);

/// <summary>What an agent's screen is told when a call reaches them: who is calling, to open them at once.</summary>
public sealed record ScreenPop(long CustomerId, string Name, string Number, long TouchpointId);

/// <summary>
/// Call events from a telephony system become one touchpoint per call on the right customer (matched by the
/// caller's number in E.164, or a new customer): started, then its duration, then the recording link.
/// </summary>
public static class Telephony
{
    internal static async Task<Results<Ok<InboundResult>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        CallEventInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, IHubContext<Live.LiveHub> live,
        PhoneRegion region, CancellationToken ct)
    {
        var agent = await AgentAsync(db, input.Agent, ct);
        var logged = await RunAsync(db, input, agent, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct, region);
        // a call that has just reached an agent opens the caller on that agent's screens
        if (logged.Value is { } call && input.Event == CallEvent.Started && agent is not null)
            await Live.LiveHub.PopAsync(live, agent.Id, await PopOfAsync(db, call, ct));
        return logged.ToOk();
    }

    private static async Task<ScreenPop> PopOfAsync(FrontlineDb db, InboundResult call, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == call.CustomerId)
            .Select(c => new { c.Name, Phone = c.Phones.OrderByDescending(p => p.IsPrimary).Select(p => p.Number).FirstOrDefault() }).FirstAsync(ct);
        return new ScreenPop(call.CustomerId, customer.Name, customer.Phone ?? "", call.Touchpoint.Id);
    }

    private sealed record TakenBy(long Id, string DisplayName);

    /// <summary>The active agent who signs in with this e-mail address; none when no address is given.</summary>
    private static async Task<TakenBy?> AgentAsync(FrontlineDb db, string? email, CancellationToken ct) =>
        string.IsNullOrWhiteSpace(email) ? null
            : await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == email.Trim().ToUpperInvariant() && u.IsActive)
                .Select(u => new TakenBy(u.Id, u.DisplayName)).FirstOrDefaultAsync(ct);

    private static readonly Actor System = new(null, null, "Telephony", Roles.Agent);

    public static async Task<Outcome<InboundResult>> RunAsync(FrontlineDb db, CallEventInput input, DateTime now,
        CancellationToken ct,
        PhoneRegion? region = null) =>
        await RunAsync(db, input, await AgentAsync(db, input.Agent, ct), System, now, ct, region);

    private static async Task<Outcome<InboundResult>> RunAsync(FrontlineDb db, CallEventInput input, TakenBy? agent,
        Actor actor,
        DateTime now, CancellationToken ct, PhoneRegion? region)
    {
        var errors = new Errors();
        var kind = errors.Required("event", input.Event);
        errors.Known("event", input.Event);
        errors.Known("direction", input.Direction);
        var callId = errors.Text("callId", input.CallId, 200);
        var at = errors.Instant("at", input.At, DateTime.UnixEpoch, now.AddMinutes(5)) ?? now;
        if (input.DurationSeconds is < 0 or > 86_400) errors.Add("durationSeconds",
            "Must be between 0 and 86,400 (a day).");
        Uri? recording = null;
        if (kind == CallEvent.Recording && (!Uri.TryCreate(input.RecordingUrl, UriKind.Absolute,
            out recording) || recording.Scheme is not ("https" or "http")))
            errors.Add("recordingUrl", "Give the recording's http(s) address.");
        if (!string.IsNullOrWhiteSpace(input.Agent) && agent is null) errors.Add("agent",
            $"There is no active agent signing in as '{input.Agent}'.");
        if (errors.Any) return errors;

        return await db.InTransactionAsync(async () =>
        {
            var call = await db.Touchpoints.FirstOrDefaultAsync(t => t.Channel == Channel.Phone && t.ExternalId == callId, ct);
            var created = false;
            if (call is null)
            {
                var direction = input.Direction ?? Direction.Inbound;
                var number = direction == Direction.Inbound ? input.From : input.To;
                var phone = ContactPoints.NormalizePhone(number, region);
                if (phone is null)
                {
                    errors.Add(direction == Direction.Inbound ? "from" : "to",
                        $"'{number}' cannot be read as the customer's phone number.");
                    return errors;
                }
                (var customer, created) = await ContactMatch.FindOrCreateAsync(db, null, phone, null, actor, now, ct);
                await db.SaveChangesAsync(ct);
                call = new Touchpoint
                {
                    CustomerId = customer.Id, Channel = Channel.Phone, Direction = direction, OccurredAt = at, RecordedAt = now, Author = "Telephony",
                    ExternalId = callId, Body = $"Call {(direction == Direction.Inbound ? "from" : "to")} {phone}.",
                };
                db.RecordTouchpoint(actor, now, call);
            }
            if (agent is not null && call.AuthorAgentId is null)
            {
                call.AuthorAgentId = agent.Id;
                call.Body += $" Taken by {agent.DisplayName}.";
            }
            if (kind == CallEvent.Ended && call.DurationSeconds is null)
            {
                call.DurationSeconds = input.DurationSeconds ?? (int)Math.Max(0, (at - call.OccurredAt).TotalSeconds);
                call.Body += $" Ended after {call.DurationSeconds / 60} min {call.DurationSeconds % 60} s.";
            }
            if (recording is not null && !call.Body.Contains(recording.AbsoluteUri, StringComparison.Ordinal))
                call.Body += $" Recording: {recording.AbsoluteUri}";
            await db.SaveChangesAsync(ct);
            return (Outcome<InboundResult>)new InboundResult(call.CustomerId, created, TimelineEntry.Of(call));
        }, ct);
    }
}
