using System.Security.Claims;
using Frontline.Events;
using Frontline.Identity;
using Frontline.Touchpoints;

namespace Frontline.Cases;

public sealed record OpenCaseRequest(
    long? CustomerId, long? CategoryId, string? Subject, string? Description, CasePriority? Priority, Channel? Channel,
    DateTime? CustomerDeadline, long? AssetId, long? AssigneeId, long? TeamId);

public static class OpenCase
{
    internal static async Task<Results<Created<CaseView>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        OpenCaseRequest request, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, CancellationToken ct) =>
        (await OpenAsync(db, request, Actor.Of(user), clock.GetUtcNow().UtcDateTime, ct)).ToCreated(c => $"/api/v1/cases/{c.Id}");

    public static async Task<Outcome<CaseView>> OpenAsync(FrontlineDb db, OpenCaseRequest request, Actor actor,
        DateTime now, CancellationToken ct)
    {
        var errors = new Errors();
        var customerId = errors.Required("customerId", request.CustomerId);
        var customer = request.CustomerId is null ? null
            : await db.Customers.Where(c => c.Id == customerId).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync(ct);
        if (request.CustomerId is not null && customer is null) errors.Add("customerId",
            $"There is no customer {customerId}.");
        var categoryId = errors.Required("categoryId", request.CategoryId);
        if (request.CategoryId is not null && !await db.Categories.AnyAsync(c => c.Id == categoryId && c.IsActive, ct))
            errors.Add("categoryId", $"There is no active category {categoryId}.");
        var subject = errors.Text("subject", request.Subject, 300);
        var description = errors.Text("description", request.Description, Touchpoint.MaxBodyLength, required: false);
        var channel = errors.Required("channel", request.Channel);
        errors.Known("channel", request.Channel);
        var priority = request.Priority ?? CasePriority.Normal;
        errors.Known("priority", request.Priority);
        var deadline = errors.Instant("customerDeadline", request.CustomerDeadline, now.AddDays(-1), now.AddYears(5));
        if (request.AssetId is { } assetId && !await db.Assets.AnyAsync(a => a.Id == assetId && a.CustomerId == customerId, ct))
            errors.Add("assetId", $"The customer has no asset {assetId}.");
        await CaseAssignment.CheckAsync(db, request.AssigneeId, request.TeamId, errors, ct);
        if (errors.Any) return errors;

        var @case = new Case
        {
            CustomerId = customerId, CategoryId = categoryId, Subject = subject, Priority = priority, Channel = channel,
            CustomerDeadline = deadline, AssetId = request.AssetId,
            AssigneeId = request.AssigneeId, TeamId = request.TeamId, OpenedAt = now, UpdatedAt = now,
        };
        await Queues.Sla.StampAsync(db, @case, ct);
        db.Cases.Add(@case);
        // one transaction: the case, its events and its first touchpoints (told after case.opened) land together or not at all
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            db.Publish(actor, now,
                new CaseOpened(@case.Id, customerId, categoryId, subject, priority, channel, @case.AssigneeId,
                @case.TeamId));
            if (description.Length > 0)
            {
                db.RecordTouchpoint(actor, now, new Touchpoint
                {
                    CustomerId = customerId, Case = @case, Channel = channel, Direction = Direction.Inbound, OccurredAt = now,
                    RecordedAt = now, Author = customer!.Name, Body = description,
                });
            }
            db.RecordTouchpoint(actor, now, CaseNote.Of(@case, actor, now, $"Case opened by {actor.Name}."));
            return await db.SaveChangesAsync(ct);
        }, ct);
        return (await CaseView.LoadAsync(db, @case.Id, ct))!;
    }
}

/// <summary>What happened to a case, written into its timeline as an internal touchpoint.</summary>
internal static class CaseNote
{
    public static Touchpoint Of(Case @case, Actor actor, DateTime now, string text) => new()
    {
        CustomerId = @case.CustomerId, Case = @case, Channel = @case.Channel, Direction = Direction.Internal,
        OccurredAt = now, RecordedAt = now, Author = actor.Name, AuthorAgentId = actor.AgentId, Body = text,
    };
}
