using Frontline.Customers;
using Frontline.Web;
using Microsoft.Extensions.DependencyInjection;

namespace Frontline.Tests.Customers;

public sealed class PhoneRegionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"frontline-region-{Guid.NewGuid():N}");

    [Fact]
    public async Task Two_apps_in_one_process_each_read_local_numbers_in_their_own_region()
    {
        await using var berlin = FrontlineApp.Build(App("DE"));
        await using var newYork = FrontlineApp.Build(App("US"));

        var german = ContactPoints.NormalizePhone("030 901820", berlin.Services.GetRequiredService<PhoneRegion>());
        var american = ContactPoints.NormalizePhone("212 555 0142", newYork.Services.GetRequiredService<PhoneRegion>());
        var germanAgain = ContactPoints.NormalizePhone("030 901820", berlin.Services.GetRequiredService<PhoneRegion>());

        german.ShouldBe("+4930901820");
        american.ShouldBe("+12125550142");
        germanAgain.ShouldBe(german);
    }

    [Fact]
    public void An_app_without_a_configured_region_reads_local_numbers_as_German() =>
        PhoneRegion.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()).ShouldBe(PhoneRegion.Default);

    private string[] App(string region) =>
        [$"--Frontline:DataDirectory={_folder}", "--Frontline:Scheduling=false", $"--Frontline:DefaultPhoneRegion={region}"];

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
