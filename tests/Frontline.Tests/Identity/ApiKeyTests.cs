using Frontline.Identity;

namespace Frontline.Tests.Identity;

public sealed class ApiKeyTests
{
    [Fact]
    public void An_issued_secret_matches_its_key_and_only_its_key()
    {
        var (key, secret) = ApiKey.Issue("crm", Roles.Agent, DateTime.UtcNow, null);
        var (other, otherSecret) = ApiKey.Issue("crm", Roles.Agent, DateTime.UtcNow, null);

        ApiKey.PrefixOf(secret).ShouldBe(key.Prefix);
        key.Matches(secret).ShouldBeTrue();
        key.Matches(otherSecret).ShouldBeFalse();
        other.Matches(secret).ShouldBeFalse();
        key.Hash.ShouldNotContain(secret);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fl_short_x")]
    [InlineData("xx_0123456789ab_secret")]
    [InlineData("fl_0123456789ab_")]
    public void Malformed_secrets_have_no_prefix(string secret) => ApiKey.PrefixOf(secret).ShouldBeNull();

    [Theory]
    [InlineData("team lead", Roles.TeamLead)]
    [InlineData("team-lead", Roles.TeamLead)]
    [InlineData("ADMIN", Roles.Admin)]
    [InlineData("boss", null)]
    public void Role_names_are_read_leniently(string written, string? role) => Roles.Parse(written).ShouldBe(role);

    [Fact]
    public void Higher_roles_pass_the_policies_of_lower_ones()
    {
        Roles.AtLeast(Roles.TeamLead).ShouldBe([Roles.TeamLead, Roles.Manager, Roles.Admin]);
        Roles.AtLeast(Roles.Admin).ShouldBe([Roles.Admin]);
    }
}
