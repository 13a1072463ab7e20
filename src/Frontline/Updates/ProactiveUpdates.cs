using System.Security.Claims;
using Frontline.Cases;
using Frontline.Channels.Email;
using Frontline.Channels.Outbound;
using Frontline.Identity;
using Frontline.Touchpoints;
using NodaTime;

namespace Frontline.Updates;

/// <param name="FirstInMinutes">When the first update goes (default: one interval from now).</param>
/// <param name="QuietHours">Keep the customer's quiet hours; default yes.</param>
/// <param name="QuietFrom">When their quiet hours begin, their time (default 21:00); given with <paramref name="QuietTo"/>.</param>
/// <param name="QuietTo">When they end (default 08:00), as the customer asked ("not before ten").</param>
public sealed record UpdatePlanInput(double? EveryHours, int? FirstInMinutes, string? Message, bool? QuietHours,
    TimeOnly? QuietFrom = null, TimeOnly? QuietTo = null);

public sealed record UpdatePlanView(long CaseId, double EveryHours, DateTime NextAt, string? Message,
    TimeOnly? QuietFrom, TimeOnly? QuietTo, int Sent,
    DateTime? LastSentAt, string SetBy);

/// <summary>
/// Proactive progress updates: the agent (or the category's rule, when a case goes pending) sets a plan; a scheduled
/// job sends each update when due on the customer's channel (the chat if it is open, else e-mail, else the portal),
/// moved past the customer's quiet hours. Each update is claimed with a conditional update first, so two nodes
/// never send one twice.
/// </summary>
public static class ProactiveUpdates
{
    public const string Outcome = "proactive update";

    internal static async Task<Results<Ok<UpdatePlanView>, NotFound>> Get(long id, FrontlineDb db,
        CancellationToken ct) =>
        await ViewAsync(db, id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    internal static async Task<Results<Ok<UpdatePlanView>, NotFound, ValidationProblem, ProblemHttpResult>> Put(long id,
        UpdatePlanInput input, ClaimsPrincipal user,
        FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await SetAsync(db, id, input, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToOk();

    internal static async Task<Results<NoContent, NotFound>> Delete(long id, FrontlineDb db, CancellationToken ct) =>
        await db.UpdatePlans.Where(p => p.CaseId == id).ExecuteDeleteAsync(ct) > 0 ? TypedResults.NoContent() : TypedResults.NotFound();

    public static Task<UpdatePlanView?> ViewAsync(FrontlineDb db, long caseId, CancellationToken ct) =>
        db.UpdatePlans.AsNoTracking().Where(p => p.CaseId == caseId)
            .Select(p => new UpdatePlanView(p.CaseId, p.EveryHours, p.NextAt, p.Message, p.QuietFrom, p.QuietTo, p.Sent, p.LastSentAt, p.SetBy))
            .FirstOrDefaultAsync(ct);

    public static async Task<Outcome<UpdatePlanView>> SetAsync(FrontlineDb db, long caseId, UpdatePlanInput input,
        Actor actor, DateTime now, CancellationToken ct)
    {
        var status = await db.Cases.Where(c => c.Id == caseId).Select(c => (CaseStatus?)c.Status)
            .FirstOrDefaultAsync(ct);
        if (status is null) return Outcome<UpdatePlanView>.NotFound();
        var errors = new Errors();
        var every = errors.Required("everyHours", input.EveryHours);
        if (input.EveryHours is < 0.25 or > 24 * 30) errors.Add("everyHours",
            "Must be between 0.25 (a quarter of an hour) and 720 (30 days).");
        if (input.FirstInMinutes is < 0 or > 60 * 24 * 30) errors.Add("firstInMinutes",
            "Must be between 0 and 43,200 (30 days).");
        var message = errors.Text("message", input.Message, 2000, required: false);
        if (status is CaseStatus.Resolved or CaseStatus.Closed) errors.Add("everyHours",
            "The case is resolved: there is nothing left to report.");
        if ((input.QuietFrom is null) != (input.QuietTo is null))
            errors.Add(input.QuietFrom is null ? "quietFrom" : "quietTo", "Give both ends of the quiet hours, or neither for 21:00–08:00.");
        else if (input.QuietFrom is { } from && from == input.QuietTo) errors.Add("quietTo",
            "Must differ from quietFrom.");
        if (errors.Any) return errors;
        var plan = await db.UpdatePlans.FirstOrDefaultAsync(p => p.CaseId == caseId, ct)
            ?? db.UpdatePlans.Add(new UpdatePlan { CaseId = caseId, SetBy = actor.Name }).Entity;
        plan.EveryHours = every;
        plan.NextAt = input.FirstInMinutes is { } minutes ? now.AddMinutes(minutes) : now.AddHours(every);
        plan.Message = message.Length > 0 ? message : null;
        (plan.QuietFrom, plan.QuietTo) = input.QuietHours == false ? ((TimeOnly?)null, (TimeOnly?)null)
            : (input.QuietFrom ?? UpdatePlan.DefaultQuietFrom, input.QuietTo ?? UpdatePlan.DefaultQuietTo);
        plan.SetBy = actor.Name;
        db.RecordTouchpoint(actor, now,
            await NoteAsync(db, caseId, actor, now,
            $"Updates to the customer every {every:0.##} h set by {actor.Name}.", ct));
        await db.SaveChangesAsync(ct);
        return (await ViewAsync(db, caseId, ct))!;
    }

    /// <summary>The category's rule, when a case goes pending without a plan of its own (Reactions/StartUpdatesWhenPending).</summary>
    public static async Task StartByRuleAsync(FrontlineDb db, Case @case, DateTime now, CancellationToken ct)
    {
        var every = await db.Categories.Where(c => c.Id == @case.CategoryId).Select(c => c.UpdateEveryHours)
            .FirstOrDefaultAsync(ct);
        if (every is not { } hours || await db.UpdatePlans.AnyAsync(p => p.CaseId == @case.Id, ct)) return;
        db.UpdatePlans.Add(new UpdatePlan
        {
            CaseId = @case.Id, EveryHours = hours, NextAt = now.AddHours(hours), QuietFrom = UpdatePlan.DefaultQuietFrom, QuietTo = UpdatePlan.DefaultQuietTo,
            SetBy = "the category's rule",
        });
    }

    /// <summary>Sends every update that is due; returns how many this call sent.</summary>
    public static async Task<int> SendDueAsync(FrontlineDb db, MailOptions mail, DateTime now, CancellationToken ct)
    {
        var due = await (from p in db.UpdatePlans.AsNoTracking()
                         join c in db.Cases on p.CaseId equals c.Id
                         where p.NextAt <= now
                         select new { Plan = p, c.Status, c.CustomerId, c.Subject, c.Channel, TimeZone = db.Customers.Where(x => x.Id == c.CustomerId).Select(x => x.TimeZone).First() })
            .OrderBy(x => x.Plan.NextAt).Take(200).ToListAsync(ct);
        var sent = 0;
        foreach (var d in due)
        {
            var plan = d.Plan;
            if (d.Status is CaseStatus.Resolved or CaseStatus.Closed)
            {
                await db.UpdatePlans.Where(p => p.Id == plan.Id).ExecuteDeleteAsync(ct);
                continue;
            }
            var allowed = UpdatePlan.AllowedAt(now, d.TimeZone, plan.QuietFrom, plan.QuietTo);
            if (allowed > now)
            {
                // the customer is asleep: the update waits for their morning
                await db.UpdatePlans.Where(p => p.Id == plan.Id && p.NextAt == plan.NextAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextAt, allowed), ct);
                continue;
            }
            var next = now.AddHours(plan.EveryHours);
            sent += await db.InTransactionAsync(async () =>
            {
                var claimed = await db.UpdatePlans.Where(p => p.Id == plan.Id && p.NextAt == plan.NextAt)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextAt, next).SetProperty(p => p.LastSentAt, now).SetProperty(p => p.Sent, p => p.Sent + 1), ct);
                if (claimed == 0) return 0; // another node sent it
                var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(UpdatePlan.AllowedAt(next, d.TimeZone, plan.QuietFrom, plan.QuietTo), DateTimeKind.Utc))
                    .InZone(DateTimeZoneProviders.Tzdb.GetZoneOrNull(d.TimeZone) ?? DateTimeZone.Utc);
                var body = $"An update on your request \"{d.Subject}\" ({Case.NumberOf(plan.CaseId)}): "
                    + (plan.Message ?? "we are still working on it.") + $" We will write again by {local:yyyy-MM-dd HH:mm} ({d.TimeZone}).";
                await SendAsync(db, mail, d.CustomerId, plan.CaseId, d.Channel, d.Subject, body, now, ct);
                return 1;
            }, ct);
        }
        return sent;
    }

    private static Task SendAsync(FrontlineDb db, MailOptions mail, long customerId, long caseId, Channel caseChannel,
        string subject, string body,
        DateTime now, CancellationToken ct) =>
        CustomerMessenger.SendAsync(db, mail, CaseTouch.Frontline, now,
            new CustomerMessage(customerId, caseId, caseChannel, body, $"Update: {subject} [{Case.NumberOf(caseId)}]") { Outcome = Outcome }, ct);

    private static async Task<Touchpoint> NoteAsync(FrontlineDb db, long caseId, Actor actor, DateTime now, string body,
        CancellationToken ct)
    {
        var @case = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Select(c => new { c.CustomerId, c.Channel }).FirstAsync(ct);
        return CaseTouch.Of(@case.CustomerId, caseId, @case.Channel, actor, now, body);
    }
}
