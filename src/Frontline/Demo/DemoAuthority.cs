using Frontline.Authority;
using Frontline.Guidelines;
using Frontline.Identity;

namespace Frontline.Demo;

/// <summary>
/// The guidelines and sandboxes the stories need, each grant limited to the categories of its story: the store may
/// replace the remote itself, the agent may waive a small change fee and offer a Platinum flyer a free service on
/// board, team leads and managers decide beyond that.
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
        Guideline("Onboard service", "Power for a passenger's devices", new(
            [new(Fact.CustomerTier, Comparison.Is, "Platinum")],
            "Power sockets are in business class only",
            [new("service-add-on", 0, "Charge the device in business class when seats there are free: it costs nothing.")],
            ["Lend a power bank from the galley", "Offer lounge access at the destination to work there"], Roles.TeamLead));

        const string Warranty = "Warranty and repair", Booking = "Change of booking", Special = "Special service request",
            Onboard = "Onboard service";
        Grant(HolderKind.Team, team: "Store Berlin Mitte", gesture: "free-replacement", max: 50, currency: "EUR",
            within: [Warranty], budget: (300, BudgetPeriod.Week, BudgetScope.PerTeam));
        Grant(HolderKind.Role, Roles.Agent, gesture: "fee-waiver", max: 50, currency: "USD", within: [Booking],
            budget: (300, BudgetPeriod.Week, BudgetScope.PerAgent));
        Grant(HolderKind.Role, Roles.Agent, gesture: "service-add-on", max: 25, currency: "USD", within: [Onboard],
            tiers: [Customers.LoyaltyTier.Platinum]);
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "fee-waiver", max: 250, currency: "USD", within: [Booking]);
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "free-replacement", max: 150, currency: "EUR", within: [Warranty]);
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "service-add-on", max: 500, currency: "MYR", within: [Special]);
        Grant(HolderKind.Role, Roles.TeamLead, gesture: "service-add-on", max: 200, currency: "USD", within: [Onboard]);
        (string Gesture, string[] Categories)[] managers = [("fee-waiver", [Booking]), ("free-replacement", [Warranty]),
            ("service-add-on", [Special, Onboard])];
        foreach (var (gesture, scope) in managers)
            foreach (var currency in new[] { "EUR", "USD", "MYR" })
                Grant(HolderKind.Role, Roles.Manager, gesture: gesture, max: 5_000, currency: currency, within: scope);
        await db.SaveChangesAsync(ct);
    }

    private void Guideline(string category, string name, GuidelineContent content) =>
        db.Guidelines.Add(new Guideline
        {
            CategoryId = categories[category], Name = name, CurrentVersion = 1,
            Versions = [new GuidelineVersion { Version = 1, Content = GuidelineVersion.Write(content), CreatedAt = now, CreatedBy = Author }],
        });

    private void Grant(HolderKind kind, string? role = null, string? team = null, string gesture = "", decimal max = 0, string currency = "EUR",
        string[]? within = null, (decimal Amount, BudgetPeriod Period, BudgetScope Scope)? budget = null,
        Customers.LoyaltyTier[]? tiers = null) =>
        db.AuthorityGrants.Add(new AuthorityGrant
        {
            HolderKind = kind, HolderRole = role, HolderTeamId = team is null ? null : teams[team], Gesture = gesture,
            CategoryIds = (within ?? []).Select(c => categories[c]).ToList(), Tiers = (tiers ?? []).ToList(),
            MaxPerGesture = max, Currency = currency,
            BudgetAmount = budget?.Amount, BudgetPeriod = budget?.Period, BudgetScope = budget?.Scope, CreatedAt = now, CreatedBy = Author,
        });
}
