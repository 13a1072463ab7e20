using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Frontline.Tests.Common;

public sealed class OutcomeResultsTests
{
    private sealed record Thing(int Id);

    private static readonly Func<Thing, string> Location = t => $"/things/{t.Id}";

    private static Errors NameMissing()
    {
        var errors = new Errors();
        errors.Add("name", "Required.");
        return errors;
    }

    [Fact]
    public void Found_is_200_201_or_204_with_the_value()
    {
        Outcome<Thing> done = new Thing(7);

        done.ToOk().Result.ShouldBeOfType<Ok<Thing>>().Value.ShouldBe(new Thing(7));
        var created = done.ToCreated(Location).Result.ShouldBeOfType<Created<Thing>>();
        (created.Location, created.Value).ShouldBe(("/things/7", new Thing(7)));
        done.ToNoContent().Result.ShouldBeOfType<NoContent>();
    }

    [Fact]
    public void Not_found_is_404_whichever_success_was_expected()
    {
        var missing = Outcome<Thing>.NotFound();

        missing.ToOk().Result.ShouldBeOfType<NotFound>();
        missing.ToCreated(Location).Result.ShouldBeOfType<NotFound>();
        missing.ToNoContent().Result.ShouldBeOfType<NotFound>();
    }

    [Fact]
    public void Refused_is_a_400_validation_problem_naming_each_field()
    {
        Outcome<Thing> refused = NameMissing();

        foreach (var result in new IResult[] { refused.ToOk().Result, refused.ToCreated(Location).Result, refused.ToNoContent().Result })
        {
            var problem = result.ShouldBeOfType<ValidationProblem>();
            problem.StatusCode.ShouldBe(StatusCodes.Status400BadRequest);
            problem.ProblemDetails.Errors.Keys.ShouldBe(["name"]);
        }
    }

    [Fact]
    public void Denied_is_a_403_problem_with_the_reason()
    {
        var denied = Outcome<Thing>.Deny("Only a manager may decide this.");

        foreach (var result in new IResult[] { denied.ToOk().Result, denied.ToCreated(Location).Result, denied.ToNoContent().Result })
        {
            var problem = result.ShouldBeOfType<ProblemHttpResult>();
            problem.StatusCode.ShouldBe(StatusCodes.Status403Forbidden);
            problem.ProblemDetails.Title.ShouldBe("Only a manager may decide this.");
        }
    }

    [Fact]
    public void Conflict_is_a_409_problem_with_the_reason()
    {
        var clash = Outcome<Thing>.Conflict("Someone decided it first.");

        foreach (var result in new IResult[] { clash.ToOk().Result, clash.ToCreated(Location).Result, clash.ToNoContent().Result })
        {
            var problem = result.ShouldBeOfType<ProblemHttpResult>();
            problem.StatusCode.ShouldBe(StatusCodes.Status409Conflict);
            problem.ProblemDetails.Title.ShouldBe("Someone decided it first.");
        }
        clash.Message.ShouldBe("Someone decided it first.");
    }
}
