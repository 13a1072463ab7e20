using Frontline.Approvals;
using CsCheck;
using Frontline.Api;
using Frontline.Authority;
using Frontline.Customers;
using Frontline.Gestures;
using Frontline.Guidelines;

namespace Frontline.Tests.Gestures;

public sealed class GestureEvaluatorTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 10, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<string, (string Name, string Verb)> Kinds = GestureKind.BuiltIn.ToDictionary(k => k.Code, k => (k.Name, k.Verb));

    private static readonly AppliedGuideline RemoteGuideline = new(1, 3, new GuidelineContent(
        [new(Fact.DaysSinceWarrantyEnd, Comparison.AtMost, "30")], "Out of warranty: offer a new remote at the list price.",
        [new("free-replacement", 29, "For loyal customers with many devices")], ["Sell a new remote at 20% off"], "TeamLead"));

    private static GrantTerms Replace(decimal max, string holder = "Agent") =>
        new(7, HolderKind.Role, holder, "free-replacement", "replace for free", [], [], new Money(max, "EUR"), null, 0);

    private static EvaluationInput Input(IReadOnlyList<GrantTerms> mine, decimal amount = 29, AppliedGuideline? guideline = null) => new(
        guideline ?? RemoteGuideline, new GestureRequest("free-replacement", new Money(amount, "EUR"), 1, LoyaltyTier.Gold), mine,
        new Dictionary<string, IReadOnlyList<GrantTerms>> { ["TeamLead"] = [Replace(100, "TeamLead")], ["Manager"] = [Replace(1000, "Manager")] },
        Kinds, Now, null, WorkingCalendar.Standard("Europe/Berlin"));

    [Fact]
    public void Without_a_guideline_a_grant_now_is_not_told_to_ask_the_team_lead()
    {
        var evaluation = GestureEvaluator.Evaluate(Input([Replace(50)]) with { Guideline = null });

        evaluation.Verdict.ShouldBe(Verdict.GrantNow);
        evaluation.DefaultOutcome.ShouldBe(GestureEvaluator.NoGuidelineWithinSandbox);
        evaluation.DefaultOutcome.ShouldNotContain("team lead");
    }

    [Fact]
    public void Without_a_guideline_a_request_beyond_the_sandbox_names_who_decides()
    {
        var evaluation = GestureEvaluator.Evaluate(Input([Replace(10)]) with { Guideline = null });

        evaluation.Verdict.ShouldBe(Verdict.NeedsApproval);
        evaluation.DefaultOutcome.ShouldBe(GestureEvaluator.NoGuidelineNeedsApproval("TeamLead"));
        evaluation.Summary.ShouldStartWith("Needs approval by a team lead");
    }

    [Fact]
    public void A_store_agent_with_the_authority_replaces_the_remote_now()
    {
        var evaluation = GestureEvaluator.Evaluate(Input([Replace(50)]));

        evaluation.Verdict.ShouldBe(Verdict.GrantNow);
        evaluation.GuidelineVersion.ShouldBe(3);
        evaluation.GrantId.ShouldBe(7);
        evaluation.Options.Single().WithinYourAuthority.ShouldBeTrue();
    }

    [Fact]
    public void Without_the_authority_it_goes_to_a_team_lead_with_the_alternatives()
    {
        var evaluation = GestureEvaluator.Evaluate(Input([]));

        evaluation.Verdict.ShouldBe(Verdict.NeedsApproval);
        evaluation.Approval!.Level.ShouldBe("TeamLead");
        evaluation.Approval.DueBy.ShouldBe(new DateTime(2026, 11, 25, 10, 0, 0, DateTimeKind.Utc)); // 8 working hours from 11:00 in Berlin
        evaluation.Alternatives.ShouldBe(["Sell a new remote at 20% off"]);
        evaluation.Summary.ShouldStartWith("Needs approval by a team lead");
    }

    [Fact]
    public void Beyond_a_team_leads_authority_it_goes_to_a_manager() =>
        GestureEvaluator.Evaluate(Input([], amount: 500)).Approval!.Level.ShouldBe("Manager");

    [Fact]
    public void No_evaluation_is_a_bare_refusal()
    {
        var guidelines = Gen.Bool.Select(has => has ? RemoteGuideline : null);
        Gen.Select(Gen.Decimal[0, 5000], Gen.Decimal[0, 200], Gen.Bool, guidelines).Sample((amount, limit, hasGrant, guideline) =>
        {
            var evaluation = GestureEvaluator.Evaluate(Input(hasGrant ? [Replace(decimal.Round(limit, 2))] : [], decimal.Round(amount, 2), guideline));
            var offersSomething = evaluation.Alternatives.Count + evaluation.Options.Count > 0;
            return offersSomething && evaluation.DefaultOutcome.Length > 0 && evaluation.Verdict switch
            {
                Verdict.GrantNow => evaluation.GrantId is not null,
                _ => evaluation.Approval is { } route && route.DueBy > Now,
            };
        });
    }
}
