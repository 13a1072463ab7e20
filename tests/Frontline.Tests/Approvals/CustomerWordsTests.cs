using System.Net;
using Frontline.Approvals;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;
using Frontline.Touchpoints;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Approvals;

/// <summary>A decision's note is for colleagues; the customer hears the words written for them.</summary>
public abstract class CustomerWordsTests(ApiFixture fx)
{
    private const string Note = "Approved: she is a long-standing customer. Keep it consistent.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ApprovalView> AskAsync(string customer)
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Customer words")).GuidelineAsync(new GuidelineContent(
            [], "Charge the fee.", [new("fee-waiver", 100, null)], ["Offer a travel credit"], Roles.TeamLead));
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 100, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);
        var @case = await world.CaseAsync(agent, await Given.CustomerAsync(agent, customer, Given.UniqueEmail()), "Fees");
        var asked = await (await agent.PostJsonAsync($"/api/v1/cases/{@case.Id}/gestures",
            new { gesture = "fee-waiver", amount = 80, reason = "Colleague on the same booking paid none." })).ReadAsync<GrantResult>();
        return asked.Approval!;
    }

    private async Task<(List<Touchpoint> Timeline, List<string> Mails)> WhatWasSaidAsync(long caseId)
    {
        await using var db = fx.OpenDb();
        var timeline = await db.Touchpoints.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Id).ToListAsync(Ct);
        var ids = timeline.Select(t => t.Id).ToList();
        var mails = await db.OutboundEmails.Where(m => ids.Contains(m.TouchpointId)).Select(m => m.Body).ToListAsync(Ct);
        return (timeline, mails);
    }

    [Fact]
    public async Task The_lead_s_note_stays_internal_and_the_customer_reads_the_edited_text()
    {
        var approval = await AskAsync("Ines Internal");
        const string told = "Good news: we waive the change fee of 80.00 EUR for you.";

        var decided = await fx.As(Roles.TeamLead).PostJsonAsync($"/api/v1/approvals/{approval.Id}/decision",
            new { decision = "Approve", note = Note, customerText = told });

        decided.StatusCode.ShouldBe(HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        var (timeline, mails) = await WhatWasSaidAsync(approval.CaseId);
        timeline.Where(t => t.Direction == Direction.Outbound).ShouldHaveSingleItem().Body.ShouldBe(told);
        mails.ShouldHaveSingleItem().ShouldStartWith(told);
        mails.ShouldAllBe(m => !m.Contains("Keep it consistent"));
        var internalNote = timeline.Where(t => t.Body.Contains(Note)).ShouldHaveSingleItem();
        internalNote.Direction.ShouldBe(Direction.Internal);
        internalNote.Body.ShouldEndWith($"approved fee waiver of 80.00 EUR. Note: {Note}");
    }

    [Fact]
    public async Task Without_a_text_the_customer_gets_a_plain_default_never_the_note_nor_a_code()
    {
        var approved = await AskAsync("Paul Plain");
        var declined = await AskAsync("Dina Decline");
        var lead = fx.As(Roles.TeamLead);

        await lead.PostJsonAsync($"/api/v1/approvals/{approved.Id}/decision", new { decision = "Approve", amount = 60, note = Note });
        await lead.PostJsonAsync($"/api/v1/approvals/{declined.Id}/decision",
            new { decision = "Decline", alternative = "a travel credit of 40.00 EUR", note = Note });

        var yes = (await WhatWasSaidAsync(approved.CaseId)).Timeline.Single(t => t.Direction == Direction.Outbound);
        var no = (await WhatWasSaidAsync(declined.CaseId)).Timeline.Single(t => t.Direction == Direction.Outbound);
        yes.Body.ShouldBe("Good news: we can offer you a fee waiver of 60.00 EUR.");
        no.Body.ShouldBe("We cannot offer a fee waiver this time, but we can offer you this instead: a travel credit of 40.00 EUR");
    }

    [Fact]
    public async Task A_customer_text_longer_than_allowed_is_refused_naming_it_and_nothing_is_decided()
    {
        var approval = await AskAsync("Lena Long");

        var refused = await fx.As(Roles.TeamLead).PostJsonAsync($"/api/v1/approvals/{approval.Id}/decision",
            new { decision = "Approve", customerText = new string('x', 2001) });

        (await refused.ProblemFieldsAsync()).ShouldBe(["customerText"]);
        await using var db = fx.OpenDb();
        (await db.ApprovalRequests.SingleAsync(r => r.Id == approval.Id, Ct)).Status.ShouldBe(ApprovalStatus.Pending);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class CustomerWordsOnSqlite(SqliteApi fx) : CustomerWordsTests(fx);

[Collection(PostgresCollection.Name)]
public sealed class CustomerWordsOnPostgres(PostgresApi fx) : CustomerWordsTests(fx);
