using System.Reflection;
using Frontline.Events;
using Frontline.Web.Cli;

namespace Frontline.Tests.Events;

public sealed class EventCatalogTests
{
    private static string Repository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Frontline.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
    }

    [Fact]
    public void Docs_EVENTS_md_is_what_frontline_events_catalog_writes()
    {
        var committed = File.ReadAllText(Path.Combine(Repository(), "docs", "EVENTS.md")).Replace("\r\n", "\n");

        committed.ShouldBe(EventCatalogDocument.Write(), "run `frontline events catalog` and commit docs/EVENTS.md");
    }

    [Fact]
    public void Every_event_type_name_is_unique_and_every_type_says_when_it_is_published()
    {
        var types = typeof(IEvent).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(IEvent).IsAssignableFrom(t)).ToList();
        var attributes = types.Select(t => (Type: t, Attribute: t.GetCustomAttribute<EventTypeAttribute>())).ToList();

        attributes.ShouldAllBe(a => a.Attribute != null);
        attributes.GroupBy(a => a.Attribute!.Name).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        attributes.Where(a => string.IsNullOrWhiteSpace(a.Attribute!.Description)).Select(a => a.Type.Name).ShouldBeEmpty();
        EventCatalog.All.Count.ShouldBe(types.Count);
    }

    [Fact]
    public void Every_event_type_has_an_example_that_reads_back_as_itself()
    {
        foreach (var info in EventCatalog.All)
        {
            var example = EventCatalogDocument.Example(info.ClrType);
            var json = System.Text.Json.JsonSerializer.Serialize(example, info.ClrType, EventJson.Options);

            json.ShouldContain("42", customMessage: info.Name);
            System.Text.Json.JsonSerializer.Deserialize(json, info.ClrType, EventJson.Options).ShouldNotBeNull(info.Name);
        }
    }
}
