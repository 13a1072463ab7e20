using Frontline.Approvals;
using Frontline.Cases;
using Frontline.Channels;
using Frontline.Identity;
using Frontline.Notifications;
using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Frontline.Touchpoints;
using static Frontline.Tests.Notifications.NotificationScenario;

namespace Frontline.Tests.Notifications;

/// <summary>Each kind of notification reaches the people it concerns, and nobody else; never the one who acted.</summary>
public abstract class WhoIsNotifiedTests(ApiFixture fx)
{
    private readonly NotificationScenario _given = new(fx);

    private static void ShouldBeInPlainWords(NotificationView n)
    {
        n.Text.ShouldNotContain(n.Kind.ToString());
        foreach (var word in new[] { "Inbound", "TeamLead", "ApprovalStatus", "null" }) n.Text.ShouldNotContain(word);
    }

    [Fact]
    public async Task A_case_opened_for_a_colleague_tells_them_and_not_the_one_who_opened_it_nor_someone_taking_it_themselves()
    {
        var (opener, openerClient) = await _given.PersonAsync("Omar Opener");
        var (holder, _) = await _given.PersonAsync("Hana Holder");

        var forHolder = await _given.CaseAsync(openerClient, assigneeId: holder);
        var forSelf = await _given.CaseAsync(openerClient, assigneeId: opener);

        var told = (await _given.OfAsync(holder)).ShouldHaveSingleItem();
        (told.Kind, told.CaseId, told.Link, told.ReadAt).ShouldBe((NotificationKind.CaseAssigned, (long?)forHolder.Id,
            $"/cases/{forHolder.Id}", (DateTime?)null));
        told.Text.ShouldBe($"Omar Opener opened case {forHolder.Number} “Kettle leaks” for you.");
        ShouldBeInPlainWords(told);
        (await _given.OfAsync(opener)).ShouldBeEmpty();
        forSelf.AssigneeId.ShouldBe(opener);
    }

    [Fact]
    public async Task A_case_given_to_someone_tells_them_but_a_change_of_team_alone_tells_nobody()
    {
        var (lead, leadClient) = await _given.PersonAsync("Lea Lead", Roles.TeamLead);
        var (first, _) = await _given.PersonAsync("Finn First");
        var (second, _) = await _given.PersonAsync("Sara Second");
        var @case = await _given.CaseAsync(leadClient, assigneeId: first);
        var team = await _given.TeamAsync("Moves");

        await _given.PublishAsync(Person(lead, "Lea Lead", Roles.TeamLead),
            new CaseAssigned(@case.Id, @case.CustomerId, second, null, first, null));
        await _given.PublishAsync(Person(lead, "Lea Lead", Roles.TeamLead),
            new CaseAssigned(@case.Id, @case.CustomerId, second, team, second, null));

        (await _given.OfAsync(second)).ShouldHaveSingleItem().Text.ShouldBe($"Lea Lead gave you case {@case.Number} “Kettle leaks”.");
        (await _given.OfAsync(first)).ShouldHaveSingleItem().Kind.ShouldBe(NotificationKind.CaseAssigned);
        (await _given.OfAsync(lead)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_customers_reply_tells_the_person_the_case_is_assigned_to_but_not_their_own_words_or_a_note()
    {
        var (holder, holderClient) = await _given.PersonAsync("Hugo Holder");
        var @case = await _given.CaseAsync(holderClient, assigneeId: holder);

        await _given.PublishAsync(Nobody, new TouchpointRecorded(1, @case.CustomerId, @case.Id, Channel.Email, Direction.Inbound,
            "Priya Raman", null));
        await _given.PublishAsync(Person(holder, "Hugo Holder"), new TouchpointRecorded(2, @case.CustomerId, @case.Id,
            Channel.Email, Direction.Outbound, "Hugo Holder", holder));
        await _given.PublishAsync(Person(holder, "Hugo Holder"), new TouchpointRecorded(3, @case.CustomerId, @case.Id,
            Channel.Phone, Direction.Inbound, "Priya Raman", holder));

        var told = (await _given.OfAsync(holder)).ShouldHaveSingleItem();
        told.Kind.ShouldBe(NotificationKind.CustomerReplied);
        told.Text.ShouldBe($"Priya Raman replied by e-mail on case {@case.Number} “Kettle leaks”.");
        ShouldBeInPlainWords(told);
    }

    [Fact]
    public async Task An_approval_request_tells_the_leads_of_the_askers_team_and_never_the_asker()
    {
        var team = await _given.TeamAsync("Approvals");
        var other = await _given.TeamAsync("Elsewhere");
        var (asker, askerClient) = await _given.PersonAsync("Ada Asker", Roles.Agent, team);
        var (lead, _) = await _given.PersonAsync("Leo Lead", Roles.TeamLead, team);
        var (askingLead, _) = await _given.PersonAsync("Ivy Lead", Roles.TeamLead, team);
        var (stranger, _) = await _given.PersonAsync("Olga Otherlead", Roles.TeamLead, other);
        var @case = await _given.CaseAsync(askerClient, assigneeId: asker);
        var due = new DateTime(2030, 3, 14, 16, 0, 0, DateTimeKind.Utc);

        await _given.PublishAsync(Person(asker, "Ada Asker"), new ApprovalRequested(9001, @case.Id, @case.CustomerId, "fee-waiver",
            80m, "EUR", asker, team, Roles.TeamLead, due, false));
        await _given.PublishAsync(Person(askingLead, "Ivy Lead", Roles.TeamLead), new ApprovalRequested(9002, @case.Id,
            @case.CustomerId, "refund", 40m, "EUR", askingLead, team, Roles.TeamLead, due, true));

        var leosInbox = await _given.OfAsync(lead);
        leosInbox.Select(n => n.ApprovalId).ShouldBe([9002L, 9001L]);
        leosInbox.ShouldAllBe(n => n.Kind == NotificationKind.ApprovalRequested && n.Link == "/approvals");
        leosInbox[1].Text.ShouldBe($"Ada Asker asks you to decide a fee waiver of 80.00 EUR on case {@case.Number} “Kettle leaks”, by 14 Mar 16:00 UTC.");
        leosInbox[0].Text.ShouldContain("urgently");
        (await _given.OfAsync(askingLead)).Select(n => n.ApprovalId).ShouldBe([9001L]);
        (await _given.OfAsync(asker)).Where(n => n.Kind == NotificationKind.ApprovalRequested).ShouldBeEmpty();
        (await _given.OfAsync(stranger)).ShouldBeEmpty();
        (await _given.OfAsync(fx.AgentId(Roles.Manager))).ShouldNotContain(n => n.ApprovalId == 9001);
    }

    [Fact]
    public async Task A_managers_request_or_one_from_nobodys_team_tells_the_managers_but_never_the_manager_who_asked()
    {
        var (askingManager, managerClient) = await _given.PersonAsync("Mona Manager", Roles.Manager);
        var (lead, _) = await _given.PersonAsync("Lars Lead", Roles.TeamLead);
        var @case = await _given.CaseAsync(managerClient);

        await _given.PublishAsync(Person(askingManager, "Mona Manager", Roles.Manager), new ApprovalRequested(9101, @case.Id,
            @case.CustomerId, "refund", 900m, "EUR", askingManager, null, Roles.Manager, DateTime.UtcNow.AddDays(1), false));
        await _given.PublishAsync(Person(lead, "Lars Lead", Roles.TeamLead), new ApprovalRequested(9102, @case.Id,
            @case.CustomerId, "refund", 90m, "EUR", lead, null, Roles.TeamLead, DateTime.UtcNow.AddDays(1), false));

        (await _given.OfAsync(fx.AgentId(Roles.Manager))).Where(n => n.ApprovalId is 9101 or 9102).Select(n => n.ApprovalId)
            .ShouldBe([9102L, 9101L]);
        (await _given.OfAsync(askingManager)).Select(n => n.ApprovalId).ShouldBe([9102L]);
        (await _given.OfAsync(lead)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_decision_tells_the_person_who_asked_and_not_the_one_who_decided()
    {
        var (asker, askerClient) = await _given.PersonAsync("Abel Asker");
        var (lead, _) = await _given.PersonAsync("Dora Decider", Roles.TeamLead);
        var @case = await _given.CaseAsync(askerClient, assigneeId: asker);

        await _given.PublishAsync(Person(lead, "Dora Decider", Roles.TeamLead),
            new ApprovalDecided(9201, @case.Id, @case.CustomerId, ApprovalStatus.Declined, lead, asker, null));

        var told = (await _given.OfAsync(asker)).ShouldHaveSingleItem();
        (told.Kind, told.ApprovalId, told.Link).ShouldBe((NotificationKind.ApprovalDecided, (long?)9201, $"/cases/{@case.Id}"));
        told.Text.ShouldBe($"Dora Decider declined your request on case {@case.Number} “Kettle leaks” and offers something else instead.");
        (await _given.OfAsync(lead)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_new_chat_tells_every_member_of_the_cases_team_and_nobody_outside_it()
    {
        var team = await _given.TeamAsync("Chat desk");
        var (one, oneClient) = await _given.PersonAsync("Cleo Chat", Roles.Agent, team);
        var (two, _) = await _given.PersonAsync("Carl Chat", Roles.TeamLead, team);
        var (outsider, _) = await _given.PersonAsync("Otto Outside");
        var @case = await _given.CaseAsync(oneClient, teamId: team);

        await _given.PublishAsync(Nobody, new ChatStarted(77, @case.Id, @case.CustomerId, team, false));

        foreach (var member in new[] { one, two })
        {
            var told = (await _given.OfAsync(member)).ShouldHaveSingleItem();
            told.Kind.ShouldBe(NotificationKind.ChatWaiting);
            told.Text.ShouldStartWith("A new chat waits in the Chat desk ");
            told.Text.ShouldEndWith($"queue: case {@case.Number} “Kettle leaks”.");
        }
        (await _given.OfAsync(outsider)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_case_due_within_the_hour_is_warned_of_once_per_due_time_to_the_person_it_is_assigned_to()
    {
        var (holder, holderClient) = await _given.PersonAsync("Sam Slow");
        var (colleague, _) = await _given.PersonAsync("Cora Colleague");
        var @case = await _given.CaseAsync(holderClient, assigneeId: holder);
        var later = await _given.CaseAsync(holderClient, assigneeId: holder);
        var now = DateTime.UtcNow;
        await using (var db = fx.OpenDb())
        {
            await db.Cases.Where(c => c.Id == @case.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResolutionDueAt, now.AddMinutes(30)),
                TestContext.Current.CancellationToken);
            await db.Cases.Where(c => c.Id == later.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResolutionDueAt, now.AddHours(3)),
                TestContext.Current.CancellationToken);
        }

        await WarnAsync(now);
        await WarnAsync(now.AddMinutes(1));
        var firstWarnings = await WarningsAsync(@case.Id);
        await using (var db = fx.OpenDb())
            await db.Cases.Where(c => c.Id == @case.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ResolutionDueAt, now.AddMinutes(50)),
                TestContext.Current.CancellationToken);
        await WarnAsync(now.AddMinutes(2));

        firstWarnings.ShouldBe(1);
        (await WarningsAsync(@case.Id)).ShouldBe(2);
        (await WarningsAsync(later.Id)).ShouldBe(0);
        var told = (await _given.OfAsync(holder)).Where(n => n.Kind == NotificationKind.SlaAtRisk).ToList();
        told.Count.ShouldBe(2);
        told.ShouldAllBe(n => n.CaseId == @case.Id);
        told[^1].Text.ShouldBe($"Case {@case.Number} “Kettle leaks” is due to be resolved by {now.AddMinutes(30):HH:mm} UTC, within the hour.");
        (await _given.OfAsync(colleague)).ShouldBeEmpty();
    }

    private async Task WarnAsync(DateTime now)
    {
        await using (var db = fx.OpenDb()) await SlaRisk.WarnAsync(db, now, TestContext.Current.CancellationToken);
        await fx.EventsDeliveredAsync();
    }

    private async Task<int> WarningsAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        return await db.Events.CountAsync(e => e.Type == "case.sla-at-risk" && e.CaseId == caseId, TestContext.Current.CancellationToken);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class WhoIsNotifiedOnSqlite(SqliteApi fx) : WhoIsNotifiedTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class WhoIsNotifiedOnPostgres(PostgresApi fx) : WhoIsNotifiedTests(fx);
