using Frontline.Cases;
using Frontline.Customers;
using Frontline.Data;
using Frontline.Demo;
using Frontline.Gestures;
using Frontline.Identity;
using Frontline.Web;
using Frontline.Web.Cli;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Demo;

/// <summary>The demo tells the essays' stories; each is checked here as data.</summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"frontline-demo-{Guid.NewGuid():N}");
    private WebApplication _app = null!;
    private FrontlineDb _db = null!;
    private bool _seeded;

    public async ValueTask InitializeAsync()
    {
        _app = FrontlineApp.Build([$"--Frontline:DataDirectory={_folder}", "--Logging:LogLevel:Default=Warning"]);
        await Startup.MigrateAsync(_app.Services, CancellationToken.None);
        var scope = _app.Services.CreateAsyncScope();
        _db = scope.ServiceProvider.GetRequiredService<FrontlineDb>();
        _seeded = await DemoData.SeedIfEmptyAsync(_db, scope.ServiceProvider.GetRequiredService<UserManager<Agent>>(), TimeProvider.System, 20, CancellationToken.None);
    }

    private Task<Customer> CustomerAsync(string email) =>
        _db.Customers.Include(c => c.Assets).ThenInclude(a => a.Product).SingleAsync(c => c.Emails.Any(e => e.Address == email));

    [Fact]
    public async Task The_customer_with_many_devices_has_a_remote_23_days_out_of_warranty_and_an_open_case()
    {
        var dana = await CustomerAsync("dana.whitfield@example.com");
        var remote = dana.Assets.Single(a => a.Product!.Sku == "TV-REMOTE");

        dana.Assets.Count.ShouldBe(14);
        remote.WarrantyOn(CustomerClock.Today(TimeProvider.System, dana.TimeZone)).Text.ShouldBe("out of warranty by 23 days");
        (await _db.Cases.SingleAsync(c => c.CustomerId == dana.Id)).AssetId.ShouldBe(remote.Id);
    }

    [Fact]
    public async Task The_two_children_fly_business_class_next_week_and_the_case_is_due_before_the_flight()
    {
        var siti = await CustomerAsync("siti.rahman@example.com");
        var @case = await _db.Cases.SingleAsync(c => c.CustomerId == siti.Id);

        siti.Assets.Count(a => a.Product!.Sku == "FLIGHT-J").ShouldBe(2);
        siti.Assets.ShouldAllBe(a => a.ServiceDate == CustomerClock.Today(TimeProvider.System, siti.TimeZone).AddDays(7));
        @case.CustomerDeadline!.Value.ShouldBeInRange(DateTime.UtcNow.AddDays(6), DateTime.UtcNow.AddDays(8));
        @case.Subject.ShouldContain("Unaccompanied minor");
    }

    [Fact]
    public async Task The_colleagues_booked_together_and_only_one_was_asked_a_change_fee()
    {
        var jordan = await CustomerAsync("jordan.blake@northwind.example");
        var priya = await CustomerAsync("priya.raman@northwind.example");

        jordan.Assets.Single().PurchasedOn.ShouldBe(priya.Assets.Single().PurchasedOn);
        (await _db.Cases.SingleAsync(c => c.CustomerId == jordan.Id)).Status.ShouldBe(CaseStatus.Closed);
        (await _db.Cases.SingleAsync(c => c.CustomerId == priya.Id)).Subject.ShouldContain("$180");
    }

    [Fact]
    public async Task The_headset_was_bought_at_a_dealer_and_the_flyer_has_two_million_miles()
    {
        var ravi = await CustomerAsync("ravi.menon@example.com");
        var george = await CustomerAsync("george.halvorsen@example.com");

        ravi.Assets.Single(a => a.Product!.Sku == "HEADSET-ST").PurchaseChannel.ShouldBe(PurchaseChannel.Dealer);
        george.LoyaltyPoints.ShouldBe(2_000_000);
        george.LoyaltyTier.ShouldBe(LoyaltyTier.Platinum);
    }

    [Fact]
    public async Task The_store_agent_may_replace_danas_remote_for_free_at_once()
    {
        var dana = await CustomerAsync("dana.whitfield@example.com");
        var @case = await _db.Cases.SingleAsync(c => c.CustomerId == dana.Id);
        var agent = (await _db.Users.SingleAsync(u => u.Email == "agent@frontline.demo"));

        var outcome = await EvaluateGesture.RunAsync(_db, @case.Id, new GestureInput("free-replacement", 29, null, null),
            new Actor(agent.Id, null, agent.DisplayName, Roles.Agent), TimeProvider.System, CancellationToken.None);

        outcome.Value!.Verdict.ShouldBe(Verdict.GrantNow, outcome.Value.Summary);
        outcome.Value.Options.Single().WithinYourAuthority.ShouldBeTrue();
        outcome.Value.Alternatives.ShouldBe(["Sell a new remote at 20% off"]);
    }

    private async Task<Evaluation> EvaluateAsync(string customerEmail, string gesture, decimal amount)
    {
        var customer = await CustomerAsync(customerEmail);
        var @case = await _db.Cases.SingleAsync(c => c.CustomerId == customer.Id);
        var agent = await _db.Users.SingleAsync(u => u.Email == "agent@frontline.demo");
        var outcome = await EvaluateGesture.RunAsync(_db, @case.Id, new GestureInput(gesture, amount, null, null),
            new Actor(agent.Id, null, agent.DisplayName, Roles.Agent), TimeProvider.System, CancellationToken.None);
        return outcome.Value!;
    }

    [Fact]
    public async Task The_minors_case_carries_its_business_class_ticket_so_its_guideline_applies()
    {
        var evaluation = await EvaluateAsync("siti.rahman@example.com", "service-add-on", 150);

        evaluation.GuidelineId.ShouldNotBeNull();
        evaluation.DefaultOutcome.ShouldBe("The unaccompanied minor service is sold with economy tickets");
        evaluation.Verdict.ShouldBe(Verdict.NeedsApproval);
        evaluation.Approval!.Level.ShouldBe(Roles.TeamLead);
        evaluation.Alternatives.ShouldContain("Ground staff escort from check-in to the gate");
    }

    [Fact]
    public async Task The_agent_may_have_the_flyers_laptop_charged_in_business_class_at_no_cost()
    {
        var evaluation = await EvaluateAsync("george.halvorsen@example.com", "service-add-on", 0);

        evaluation.Verdict.ShouldBe(Verdict.GrantNow, evaluation.Summary);
        evaluation.Options.Single().SuggestedAmount.ShouldBe(0);
    }

    [Fact]
    public async Task Every_demo_grant_is_limited_to_the_categories_of_its_story()
    {
        var grants = await _db.AuthorityGrants.ToListAsync();

        grants.ShouldNotBeEmpty();
        grants.ShouldAllBe(g => g.CategoryIds.Count > 0);
    }

    [Fact]
    public async Task There_is_one_demo_person_per_role_and_a_second_seed_changes_nothing()
    {
        var customers = await _db.Customers.CountAsync();
        var users = _app.Services.CreateScope().ServiceProvider.GetRequiredService<UserManager<Agent>>();

        _seeded.ShouldBeTrue();
        foreach (var (email, _, role, _) in DemoUsers.All)
            (await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, role)).ShouldBeTrue(email);
        (await DemoData.SeedIfEmptyAsync(_db, users, TimeProvider.System, 20, CancellationToken.None)).ShouldBeFalse();
        (await _db.Customers.CountAsync()).ShouldBe(customers);
        customers.ShouldBe(27); // the stories' seven customers and the twenty generated
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
