namespace Frontline.Tests.Architecture;

/// <summary>
/// Freezes which module may use which. A new use fails here: if it is meant, add the edge to
/// <see cref="Allowed"/> (and say why in the commit); if not, talk through an event or a type in Common instead.
/// </summary>
public sealed class ModuleDependencyTests
{
    /// <summary>Modules any module may use: the shared kernel and the event spine.</summary>
    private static readonly string[] Everyone = ["Common", "Events"];

    /// <summary>What the event spine itself may use: everyone depends on it, so it depends on almost nothing.</summary>
    private static readonly string[] EventsMayUse = ["Api", "Common", "Data", "Identity"];

    /// <summary>Each module's uses beyond <see cref="Everyone"/>, as they were when this test was written.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Api"] = ["Data", "Identity"],
        // a decision's refusal is recorded in the audit log where it is made; its outcome reaches the customer by mail
        ["Approvals"] =
        [
            "Api", "Audit", "Authority", "Cases", "Channels", "Customers", "Data", "Gestures", "Guidelines", "Identity",
            "Touchpoints"
        ],
        ["Authority"] = ["Cases", "Customers", "Data", "Gestures", "Identity"],
        ["Cases"] = ["Api", "Channels", "Customers", "Data", "Identity", "Portal", "Queues", "Touchpoints", "Updates"],
        ["Channels"] =
        [
            "Api", "Cases", "Customers", "Data", "Identity", "Knowledge", "Portal", "Queues", "Touchpoints"
        ],
        ["Customers"] = ["Approvals", "Cases", "Channels", "Data", "Gestures", "Identity", "Touchpoints"],
        ["Data"] =
        [
            "Api", "Approvals", "Audit", "Authority", "Cases", "Channels", "Customers", "Gestures", "Guidelines",
            "Identity", "Knowledge", "Portal", "Queues", "Touchpoints", "Updates"
        ],
        ["Demo"] =
        [
            "Approvals", "Authority", "Cases", "Channels", "Customers", "Data", "Gestures", "Guidelines", "Identity",
            "Knowledge", "Queues", "Touchpoints"
        ],
        ["Events"] = ["Data", "Identity"],
        ["Gestures"] =
        [
            "Approvals", "Authority", "Cases", "Customers", "Data", "Guidelines", "Identity", "Queues",
            "Touchpoints"
        ],
        ["Guidelines"] = ["Authority", "Cases", "Customers", "Data", "Identity", "Touchpoints"],
        ["Identity"] = ["Api", "Customers", "Data"],
        ["Knowledge"] = ["Data", "Identity"],
        ["Live"] = ["Channels", "Data", "Identity", "Touchpoints"],
        ["Portal"] = ["Api", "Cases", "Channels", "Customers", "Data", "Identity", "Touchpoints"],
        ["Queues"] = ["Approvals", "Cases", "Data", "Identity"],
        ["Touchpoints"] = ["Cases", "Channels", "Customers", "Data", "Identity", "Knowledge", "Live", "Queues"],
        ["Updates"] = ["Api", "Cases", "Channels", "Customers", "Data", "Identity", "Touchpoints"],
        // the modules on their way: the spine, the database, who acts, the API's plumbing; anything more is deliberate
        ["Audit"] = ["Api", "Data", "Identity"],
        // notifications read the event records of the modules they listen to, mail people and count live
        ["Notifications"] =
        [
            "Api", "Approvals", "Authority", "Cases", "Channels", "Data", "Identity", "Live", "Touchpoints", "Webhooks"
        ],
        ["Webhooks"] = ["Api", "Data", "Identity"],
        // a reminder to call a customer, maybe about one of their cases
        ["CallBacks"] = ["Api", "Cases", "Customers", "Data", "Identity"],
        // the home screen reads the lists the other modules keep: it owns no data of its own
        ["Home"] = ["Api", "Approvals", "CallBacks", "Cases", "Channels", "Data", "Identity", "Notifications", "Queues"],
    };

    private static readonly Dictionary<(string From, string To), (string FromType, string ToType)> Actual =
        ModuleReferences.Of(typeof(Frontline.Cases.Case).Assembly.Location);

    [Fact]
    public void No_module_uses_another_beyond_the_frozen_table()
    {
        var unexpected = Actual
            .Where(e => !Everyone.Contains(e.Key.To) && !(Allowed.TryGetValue(e.Key.From, out var to) && to.Contains(e.Key.To)))
            .OrderBy(e => e.Key.From).ThenBy(e => e.Key.To)
            .Select(e => $"{e.Key.From} -> {e.Key.To} ({e.Value.FromType} uses {e.Value.ToType})")
            .ToList();

        unexpected.ShouldBeEmpty(
            "New dependencies between modules. If one is meant, add it to ModuleDependencyTests.Allowed deliberately; "
            + "else publish an event or move the shared type to Common. The whole table today:\n" + Table());
    }

    [Fact]
    public void The_event_spine_uses_only_the_kernel_the_database_identity_and_the_api()
    {
        var beyond = Actual.Keys.Where(e => e.From == "Events" && !EventsMayUse.Contains(e.To))
            .Select(e => $"Events -> {e.To} ({Actual[e].FromType} uses {Actual[e].ToType})").ToList();

        beyond.ShouldBeEmpty("Every module may use Events, so Events must not use them back.");
    }

    private static string Table() => string.Join("\n", Actual.Keys.Where(e => !Everyone.Contains(e.To)).GroupBy(e => e.From)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"        [\"{g.Key}\"] = [{string.Join(", ", g.Select(e => $"\"{e.To}\"").Order(StringComparer.Ordinal))}],"));
}
