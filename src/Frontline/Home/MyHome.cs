using System.Security.Claims;
using Frontline.Approvals;
using Frontline.CallBacks;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Queues;

namespace Frontline.Home;

/// <summary>
/// The home screen's one read (GET /api/v1/me/home, and the page itself): the caller's queues as
/// <see cref="CaseQueues"/> defines them, the chats waiting unanswered in their teams, their call-backs due, their
/// unread notifications, and for leads the approval inbox and the load of their teams' members. Every count is a
/// count query on an index (cases by assignee or team, notifications by recipient and read, call-backs by owner, done
/// and due); nothing is loaded to be counted. A key that acts for nobody in person has an empty home.
/// </summary>
public static class MyHome
{
    public const int MaxTake = 20;

    internal static async Task<Results<Ok<HomeView>, ValidationProblem>> Handle(
        ClaimsPrincipal user, int? take, FrontlineDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Errors();
        if (take is < 0 or > MaxTake) errors.Add("take", $"Must be between 0 and {MaxTake}.");
        if (errors.Any) return errors.Problem();
        return TypedResults.Ok(await LoadAsync(db, Actor.Of(user), clock.GetUtcNow().UtcDateTime, take ?? 5, ct));
    }

    public static async Task<HomeView> LoadAsync(FrontlineDb db, Actor actor, DateTime now, int take,
        CancellationToken ct)
    {
        if (actor.AgentId is not { } me) return HomeView.Empty;
        var lead = Roles.Rank(actor.Role) >= Roles.Rank(Roles.TeamLead);
        var mine = await ListAsync(db, CaseQueues.Of(db, QueueName.Mine, actor, now), take, ct);
        var team = await ListAsync(db, CaseQueues.Of(db, QueueName.Team, actor, now), take, ct);
        var unassigned = await ListAsync(db, CaseQueues.Of(db, QueueName.Unassigned, actor, now), take, ct);
        var chats = await ListAsync(db, ChatsWaiting(db, actor, now), take, ct);
        var dueSoon = await ListAsync(db, CaseQueues.Of(db, QueueName.DueSoon, actor, now), take, ct);
        var breached = await ListAsync(db, CaseQueues.Of(db, QueueName.Breached, actor, now), take, ct);
        var callBacks = await MyCallBacks.OpenAsync(db, me, now, take, ct);
        var notifications = take == 0 ? [] : await MyNotifications.LatestAsync(db, me, take, ct);
        var counts = new HomeCounts(mine.Count, team.Count, unassigned.Count, chats.Count, dueSoon.Count,
            breached.Count, await MyCallBacks.DueCountAsync(db, me, now, ct),
            await MyNotifications.UnreadAsync(db, me, ct),
            lead ? await ListApprovals.For(db, actor, ApprovalStatus.Pending).CountAsync(ct) : null);
        var lists = new HomeLists(mine.Items, team.Items, unassigned.Items, chats.Items, dueSoon.Items,
            breached.Items, callBacks, notifications);
        return new HomeView(counts, lists, lead ? await TeamLoadAsync(db, me, ct) : null);
    }

    /// <summary>
    /// Chats still open on a case nobody has taken, in the caller's teams: a visitor waits for an answer.
    /// </summary>
    public static IQueryable<Case> ChatsWaiting(FrontlineDb db, Actor actor, DateTime now) =>
        CaseQueues.Of(db, QueueName.Unassigned, actor, now)
            .Where(c => db.ChatSessions.Any(s => s.CaseId == c.Id && s.EndedAt == null));

    private static async Task<(int Count, IReadOnlyList<CaseView> Items)> ListAsync(FrontlineDb db,
        IQueryable<Case> cases, int take, CancellationToken ct)
    {
        var count = await cases.CountAsync(ct);
        if (take == 0 || count == 0) return (count, []);
        var first = CaseQueues.SoonestDueFirst(cases.AsNoTracking()).Take(take);
        return (count, await CaseView.Project(db, first).ToListAsync(ct));
    }

    private static async Task<List<MemberLoad>> TeamLoadAsync(FrontlineDb db, long me, CancellationToken ct)
    {
        var myTeams = db.TeamMembers.Where(m => m.AgentId == me).Select(m => m.TeamId);
        // an anonymous shape: the databases order by its members, not by a record's constructor arguments
        var load = await db.Users.AsNoTracking()
            .Where(a => a.IsActive && db.TeamMembers.Any(m => m.AgentId == a.Id && myTeams.Contains(m.TeamId)))
            .Select(a => new
            {
                a.Id, a.DisplayName,
                Open = db.Cases.Count(c => c.AssigneeId == a.Id
                    && (c.Status == CaseStatus.Open || c.Status == CaseStatus.Pending)),
            })
            .OrderByDescending(l => l.Open)
            .ThenBy(l => l.DisplayName)
            .Take(50)
            .ToListAsync(ct);
        return [.. load.Select(l => new MemberLoad(l.Id, l.DisplayName, l.Open))];
    }
}
