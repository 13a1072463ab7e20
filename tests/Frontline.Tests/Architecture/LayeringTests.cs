using Frontline.Cases;
using Case = Frontline.Cases.Case;
using Frontline.Customers;
using NetArchTest.Rules;

namespace Frontline.Tests.Architecture;

public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly Core = typeof(Case).Assembly;

    /// <summary>The pure decisions: no database, no HTTP, so they are tested in microseconds and reused everywhere.</summary>
    private static readonly Type[] PureTypes =
    [
        typeof(Case), typeof(CaseLifecycle), typeof(WarrantyStatus), typeof(CustomerClock), typeof(ContactPoints),
        typeof(Frontline.Identity.Roles), typeof(Frontline.Identity.ApiKey), typeof(Frontline.Touchpoints.Touchpoint), typeof(Customer), typeof(Asset),
        typeof(WhyTheyMatter), typeof(Frontline.Guidelines.GuidelineRules), typeof(Frontline.Guidelines.GuidelineCheck),
        typeof(Frontline.Authority.EffectiveAuthority), typeof(Frontline.Gestures.GestureEvaluator), typeof(Frontline.Approvals.BusinessHours),
    ];

    [Fact]
    public void Pure_decisions_know_nothing_of_the_database_or_the_web()
    {
        var result = Types.InAssembly(Core).That().HaveNameMatching($"^({string.Join('|', PureTypes.Select(t => t.Name))})$")
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Microsoft.Data.Sqlite")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void The_core_knows_nothing_of_the_ui_or_the_command_line()
    {
        var result = Types.InAssembly(Core).ShouldNot()
            .HaveDependencyOnAny("MudBlazor", "Frontline.Web", "Spectre.Console", "System.CommandLine", "Microsoft.AspNetCore.Components")
            .GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Fact]
    public void Entity_configurations_stay_inside_the_core()
    {
        var result = Types.InAssembly(Core).That().HaveNameEndingWith("Configuration").Should().NotBePublic().GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }
}
