using Frontline.Cases;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Portal;

/// <summary>A resolution the customer never answers in the portal closes by itself, once.</summary>
public abstract partial class PortalTests
{
    [Fact]
    public async Task A_resolved_case_without_an_answer_closes_after_the_set_days_once_even_when_two_nodes_run_the_job()
    {
        var (caseId, _) = await ResolvedCaseAsync();
        var later = DateTime.UtcNow.AddDays(CaseClosure.DefaultDaysToConfirm + 1);
        await using var first = fx.OpenDb();
        await using var second = fx.OpenDb();

        var closed = await Task.WhenAll(CaseClosure.CloseUnconfirmedAsync(first, CaseClosure.DefaultDaysToConfirm, later, Ct),
            CaseClosure.CloseUnconfirmedAsync(second, CaseClosure.DefaultDaysToConfirm, later, Ct));

        await using var db = fx.OpenDb();
        var @case = await db.Cases.SingleAsync(c => c.Id == caseId, Ct);
        @case.Status.ShouldBe(CaseStatus.Closed);
        @case.ClosedWithoutConfirmation.ShouldBeTrue();
        (await db.Touchpoints.CountAsync(t => t.CaseId == caseId && t.Body.StartsWith("Closed without confirmation"), Ct)).ShouldBe(1);
        closed.Sum().ShouldBeGreaterThanOrEqualTo(1);
    }
}
