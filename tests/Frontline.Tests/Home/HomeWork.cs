using System.Net;
using Frontline.Cases;
using Frontline.Identity;
using Frontline.Tests.Infrastructure;

namespace Frontline.Tests.Home;

/// <summary>Two teams of their own, each with an agent, and a lead in the first: what a home test starts from.</summary>
internal sealed record HomeWork(ApiFixture Fx, long TeamA, long TeamB, (long Id, HttpClient Client) Agent,
    (long Id, HttpClient Client) Lead, (long Id, HttpClient Client) Other)
{
    public static async Task<HomeWork> CreateAsync(ApiFixture fx)
    {
        var teamA = await TeamAsync(fx);
        var teamB = await TeamAsync(fx);
        return new(fx, teamA, teamB, await fx.NewAgentAsync("Ana Agent", Roles.Agent, teamA),
            await fx.NewAgentAsync("Lea Lead", Roles.TeamLead, teamA),
            await fx.NewAgentAsync("Otto Other", Roles.Agent, teamB));
    }

    /// <summary>A case of a customer of its own, opened by a manager for a team and maybe an agent.</summary>
    public async Task<CaseView> CaseAsync(long teamId, long? assigneeId, string subject = "Where is my parcel?")
    {
        var manager = Fx.As(Roles.Manager);
        var customer = await Given.CustomerAsync(manager, email: Given.UniqueEmail("home"));
        var response = await manager.PostJsonAsync("/api/v1/cases", new
        {
            customerId = customer.Id, categoryId = await Fx.IdOfCategoryAsync("Warranty and repair"), subject,
            channel = "Phone", teamId, assigneeId,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync<CaseView>();
    }

    private static async Task<long> TeamAsync(ApiFixture fx)
    {
        var response = await fx.As(Roles.Manager).PostJsonAsync("/api/v1/teams",
            new { name = $"Home {Guid.NewGuid():N}"[..20], timeZone = "UTC", memberIds = Array.Empty<long>() });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadAsync<TeamView>()).Id;
    }
}
