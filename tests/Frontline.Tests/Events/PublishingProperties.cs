using System.Net;
using CsCheck;
using Frontline.Gestures;
using Frontline.Guidelines;
using Frontline.Identity;
using Frontline.Tests.Gestures;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Events;

/// <summary>
/// Over random sequences of use cases through the API, each committed use case publishes exactly the event types the
/// table says, once each, and a refused one (or a retry the idempotency key answers) publishes nothing.
/// </summary>
public abstract class PublishingProperties(ApiFixture fx)
{
    private enum Step
    {
        CreateCustomer, RetriedCreateCustomer, OpenCase, ChangeStatus, Assign, RecordTouchpoint, GrantWithin, GrantBeyond, Approve,
        Decline, SaveGuideline, Refused,
    }

    /// <summary>
    /// What each use case publishes when it answers with a success; a success missing here fails the property. When a
    /// module starts publishing another fact for a use case, add its type to that row.
    /// </summary>
    private static readonly Dictionary<(Step, HttpStatusCode), string[][]> Publishes = new()
    {
        [(Step.CreateCustomer, HttpStatusCode.Created)] = [["customer.created"]],
        [(Step.RetriedCreateCustomer, HttpStatusCode.Created)] = [["customer.created"]],
        // the case and the note that says who opened it
        [(Step.OpenCase, HttpStatusCode.Created)] = [["case.opened", "touchpoint.recorded"]],
        // setting the status or the owner a case already has changes nothing and says nothing
        [(Step.ChangeStatus, HttpStatusCode.OK)] = [[], ["case.status-changed", "touchpoint.recorded"]],
        [(Step.Assign, HttpStatusCode.OK)] = [[], ["case.assigned", "touchpoint.recorded"]],
        [(Step.RecordTouchpoint, HttpStatusCode.Created)] = [["touchpoint.recorded"]],
        [(Step.GrantWithin, HttpStatusCode.Created)] = [["gesture.granted", "touchpoint.recorded"]],
        [(Step.GrantBeyond, HttpStatusCode.Accepted)] = [["approval.requested", "touchpoint.recorded"]],
        // the decision's note on the case and the words to the customer on their channel
        [(Step.Approve, HttpStatusCode.OK)] = [["approval.decided", "gesture.granted", "touchpoint.recorded", "touchpoint.recorded"]],
        [(Step.Decline, HttpStatusCode.OK)] = [["approval.decided", "touchpoint.recorded", "touchpoint.recorded"]],
        [(Step.SaveGuideline, HttpStatusCode.OK)] = [["guideline.saved"]],
    };

    private static readonly Gen<(Step Step, int Seed)[]> Sequences =
        Gen.Select(Gen.Int[0, Enum.GetValues<Step>().Length - 1].Select(i => (Step)i), Gen.Int[0, 999]).Array[1, 8];

    private static readonly GuidelineContent Content = new([], "Charge the fee.", [new("fee-waiver", 50, null)], ["Offer a credit"],
        Roles.TeamLead);

    /// <summary>One sequence's world: the customers, cases and waiting approval requests its steps act on.</summary>
    private sealed class State(GestureScenario world)
    {
        public GestureScenario World { get; } = world;
        public List<long> Customers { get; } = [];
        public List<long> Cases { get; } = [];
        public Queue<long> Pending { get; } = new();
    }

    [Fact]
    public async Task Every_committed_use_case_publishes_its_events_once_and_a_refused_one_nothing()
    {
        var world = await (await new GestureScenario(fx).CategoryAsync("Publishing property")).GuidelineAsync(Content);
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "Agent", gesture = "fee-waiver", categoryIds = new[] { world.CategoryId },
            maxPerGesture = 50, currency = "EUR"
        });
        await world.GrantAsync(new
        {
            holderKind = "Role", holderRole = "TeamLead", gesture = "fee-waiver",
            categoryIds = new[] { world.CategoryId }, maxPerGesture = 150, currency = "EUR"
        });
        var agent = fx.As(Roles.Agent);

        await Sequences.SampleAsync(async steps =>
        {
            var state = new State(world);
            var customer = await Given.CustomerAsync(agent, "Property Customer");
            state.Customers.Add(customer.Id);
            state.Cases.Add((await world.CaseAsync(agent, customer, "Property case")).Id);
            foreach (var (step, seed) in steps)
            {
                var probe = await EventProbe.MarkAsync(fx);
                var status = await RunAsync(step, seed, state);
                var published = await probe.TypesByCallersAsync();
                if (Publishes.TryGetValue((step, status), out var expected))
                {
                    expected.Select(e => e.Order(StringComparer.Ordinal).ToList()).ShouldContain(e => e.SequenceEqual(published),
                        $"{step} answered {(int)status} and published [{string.Join(", ", published)}]");
                }
                else
                {
                    ((int)status).ShouldBeInRange(400, 499, $"{step} answered {(int)status}: add what it publishes to the table");
                    published.ShouldBeEmpty($"{step} was refused with {(int)status}");
                }
            }
        }, iter: 20, threads: 1);
    }

    private async Task<HttpStatusCode> RunAsync(Step step, int seed, State state)
    {
        var agent = fx.As(Roles.Agent);
        var @case = state.Cases[seed % state.Cases.Count];
        switch (step)
        {
            case Step.CreateCustomer:
                var created = await agent.PostJsonAsync("/api/v1/customers", new { name = $"Customer {seed}", emails = new[] { Given.UniqueEmail() } });
                if (created.StatusCode == HttpStatusCode.Created) state.Customers.Add((await created.ReadAsync<Frontline.Customers.CustomerDetails>()).Id);
                return created.StatusCode;
            case Step.RetriedCreateCustomer:
                var body = new { name = $"Retried {seed}", emails = new[] { Given.UniqueEmail() } };
                var key = Guid.NewGuid().ToString("N");
                var first = await agent.PostJsonAsync("/api/v1/customers", body, key);
                var again = await agent.PostJsonAsync("/api/v1/customers", body, key);
                again.StatusCode.ShouldBe(first.StatusCode);
                return first.StatusCode;
            case Step.OpenCase:
                var opened = await agent.PostJsonAsync("/api/v1/cases", new
                {
                    customerId = state.Customers[seed % state.Customers.Count], categoryId = state.World.CategoryId, subject = $"Case {seed}",
                    channel = "Phone",
                });
                if (opened.StatusCode == HttpStatusCode.Created) state.Cases.Add((await opened.ReadAsync<Frontline.Cases.CaseView>()).Id);
                return opened.StatusCode;
            case Step.ChangeStatus:
                var status = new[] { "Pending", "Open", "Resolved" }[seed % 3];
                return (await agent.PutJsonAsync($"/api/v1/cases/{@case}/status", new { status })).StatusCode;
            case Step.Assign:
                object assignment = seed % 2 == 0 ? new { assigneeId = fx.AgentId(Roles.Agent) } : new { teamId = state.World.TeamId };
                return (await agent.PutJsonAsync($"/api/v1/cases/{@case}/assignment", assignment)).StatusCode;
            case Step.RecordTouchpoint:
                return (await agent.PostJsonAsync($"/api/v1/cases/{@case}/touchpoints",
                    new { channel = "Phone", direction = "Internal", body = $"Called back ({seed})." })).StatusCode;
            case Step.GrantWithin or Step.GrantBeyond:
                var amount = step == Step.GrantWithin ? 5 + seed % 45 : 60 + seed % 80;
                var granted = await agent.PostJsonAsync($"/api/v1/cases/{@case}/gestures", new { gesture = "fee-waiver", amount, reason = "Goodwill" });
                if (granted.StatusCode == HttpStatusCode.Accepted) state.Pending.Enqueue((await granted.ReadAsync<GrantResult>()).Approval!.Id);
                return granted.StatusCode;
            case Step.Approve or Step.Decline:
                var approval = state.Pending.Count > 0 ? state.Pending.Dequeue() : 0;
                object decision = step == Step.Approve ? new { decision = "Approve" } : new { decision = "Decline", alternative = "A credit instead." };
                return (await fx.As(Roles.Manager).PostJsonAsync($"/api/v1/approvals/{approval}/decision", decision)).StatusCode;
            case Step.SaveGuideline:
                return (await state.World.Manager.PutJsonAsync($"/api/v1/guidelines/{state.World.GuidelineId}",
                    new { name = $"Fees {seed}", content = Content })).StatusCode;
            default:
                return ((seed % 4) switch
                {
                    0 => await agent.PostJsonAsync("/api/v1/customers", new { name = "", emails = new[] { "not an address" } }),
                    1 => await agent.PostJsonAsync("/api/v1/cases", new { categoryId = state.World.CategoryId, subject = "No customer", channel = "Phone" }),
                    2 => await agent.PostJsonAsync($"/api/v1/cases/{@case}/gestures", new { gesture = "fee-waiver", amount = -5, reason = "r" }),
                    _ => await state.World.Manager.PutJsonAsync($"/api/v1/guidelines/{state.World.GuidelineId}", new { name = "", content = Content }),
                }).StatusCode;
        }
    }
}

[Collection(SqliteCollection.Name)] public sealed class PublishingPropertiesOnSqlite(SqliteApi fx) : PublishingProperties(fx);
[Collection(PostgresCollection.Name)] public sealed class PublishingPropertiesOnPostgres(PostgresApi fx) : PublishingProperties(fx);
