using Frontline.Authority;
using Frontline.Guidelines;
using Frontline.Identity;

namespace Frontline.Demo;

/// <summary>
/// The guidelines and sandboxes the stories need: the store may replace the remote itself, the agent may waive a
/// small change fee, team leads and managers decide beyond that.
/// </summary>
internal sealed class DemoAuthority(FrontlineDb db, DateTime now, IReadOnlyDictionary<string, long> categories, IReadOnlyDictionary<string, long> teams)
{
    private const string Author = "Frontline demo";

    public async Task WriteAsync(CancellationToken ct)
    {
        Guideline("Warranty and repair", "Accessory just out of warranty, customer with many devices", new(
            [new(Fact.DaysSinceWarrantyEnd, Comparison.AtMost, "30"), new(Fact.AssetCount, Comparison.AtLeast, "10")],
            "Out of warranty: sell a new remote at the list price",
            [new("free-replacement", 29, "A loyal customer with many devices keeps the next purchase here.")],
            ["Sell a new remote at 20% off"], Roles.TeamLead));
        Guideline("Special service request", "Unaccompanied minor service", new(
            [new(Fact.ProductSku, Comparison.Is, "FLIGHT-J")],
            "The unaccompanied minor service is sold with economy tickets",
            [new("service-add-on", 150, "Sell the service with the business-class tickets.")],
            ["Rebook both children in economy with the service", "Ground staff escort from check-in to the gate"], Roles.TeamLead));
        Guideline("Change of booking", "Change fee", new(
            [], "Charge the change fee", [new("fee-waiver", 180, "Waive the fee when a colleague on the same booking paid none.")],
            ["Offer a travel credit of the fee"], Roles.TeamLead));

        Grant(HolderKind.Team, team: "Store Berlin Mitte", gesture: "free-replacement", max: 50, currency: "EUR",
            category: "Warranty and repair", budget: (300, BudgetPeriod.Week, BudgetScope.PerTeam));
        Grant(HolderKind.Role, Roles.Agent, gesture: "fee-waiver", max: 50, currency: "USD", budget: (300, BudgetPeriod.Week, BudgetScope.PerAgent));
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "fee-waiver", max: 250, currency: "USD");
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "free-replacement", max: 150, currency: "EUR");
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "service-add-on", max: 500, currency: "MYR");
        foreach (var gesture in new[] { "fee-waiver", "free-replacement", "service-add-on" })
            foreach (var currency in new[] { "EUR", "USD", "MYR" })
                Grant(HolderKind.Role, Roles.Manager, gesture: gesture, max: 5_000, currency: currency);
        await db.SaveChangesAsync(ct);
    }

    private void Guideline(string category, string name, GuidelineContent content) =>
        db.Guidelines.Add(new Guideline
        {
            CategoryId = categories[category], Name = name, CurrentVersion = 1,
            Versions = [new GuidelineVersion { Version = 1, Content = GuidelineVersion.Write(content), CreatedAt = now, CreatedBy = Author }],
        });

    private void Grant(HolderKind kind, string? role = null, string? team = null, string gesture = "", decimal max = 0, string currency = "EUR",
        string? category = null, (decimal Amount, BudgetPeriod Period, BudgetScope Scope)? budget = null) =>
        db.AuthorityGrants.Add(new AuthorityGrant
        {
            HolderKind = kind, HolderRole = role, HolderTeamId = team is null ? null : teams[team], Gesture = gesture,
            CategoryIds = category is null ? [] : [categories[category]], MaxPerGesture = max, Currency = currency,
            BudgetAmount = budget?.Amount, BudgetPeriod = budget?.Period, BudgetScope = budget?.Scope, CreatedAt = now, CreatedBy = Author,
        });
}
