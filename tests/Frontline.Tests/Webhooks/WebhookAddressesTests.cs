using System.Net;
using Frontline.Webhooks;

namespace Frontline.Tests.Webhooks;

public sealed class WebhookAddressesTests
{
    public static readonly TheoryData<string> Refused =
    [
        "127.0.0.1", "127.9.9.9", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.1", "fc00::1", "fd12:3456::1",
        "169.254.10.1", "fe80::1", "169.254.169.254", "fd00:ec2::254", "0.0.0.0", "::", "224.0.0.1", "ff02::1",
        "100.64.0.1", "100.127.255.254", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "255.255.255.255",
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public void Inner_addresses_are_refused(string address) =>
        new WebhookAddresses([]).IsAllowed(IPAddress.Parse(address)).ShouldBeFalse();

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    public void Public_addresses_are_allowed(string address) =>
        new WebhookAddresses([]).IsAllowed(IPAddress.Parse(address)).ShouldBeTrue();

    [Fact]
    public void An_allowed_network_is_reachable_and_its_neighbours_are_not()
    {
        var rules = new WebhookAddresses([IPNetwork.Parse("127.0.0.2/32")]);

        rules.IsAllowed(IPAddress.Parse("127.0.0.2")).ShouldBeTrue();
        rules.IsAllowed(IPAddress.Parse("::ffff:127.0.0.2")).ShouldBeTrue();
        rules.IsAllowed(IPAddress.Parse("127.0.0.1")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("http://localhost:8080/hooks")]
    [InlineData("ftp://example.com/")]
    [InlineData("http://user:pass@93.184.216.34/")]
    [InlineData("/relative")]
    public async Task Registration_refuses_such_urls(string url) =>
        (await new WebhookAddresses([]).RefusalAsync(url, TestContext.Current.CancellationToken)).ShouldNotBeNull();
}
