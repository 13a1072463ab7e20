using System.Security.Claims;
using Frontline.Identity;

namespace Frontline.Gestures;

/// <summary>"May I grant this?" for a case: grant now, or who must approve by when; always with the options and alternatives.</summary>
public static class EvaluateGesture
{
    internal static async Task<Results<Ok<Evaluation>, NotFound, ValidationProblem, ProblemHttpResult>> Handle(
        long id, GestureInput input, ClaimsPrincipal user, FrontlineDb db, TimeProvider clock, SelfChangedFacts rules, CancellationToken ct) =>
        (await RunAsync(db, id, input, Actor.Of(user), clock, ct, rules)).ToOk();

    public static async Task<Outcome<Evaluation>> RunAsync(FrontlineDb db, long caseId, GestureInput input, Actor actor,
        TimeProvider clock, CancellationToken ct,
        SelfChangedFacts? rules = null)
    {
        if (await CaseContext.LoadAsync(db, caseId, clock,
            ct) is not { } context) return Outcome<Evaluation>.NotFound();
        var errors = new Errors();
        var (gesture, amount) = await GestureDecision.CheckAsync(db, input, context, errors, reasonRequired: false, ct);
        if (errors.Any) return errors;
        var (evaluation, _) = await GestureDecision.EvaluateAsync(db, context, gesture, amount, actor,
            clock.GetUtcNow().UtcDateTime, ct, rules);
        return evaluation;
    }
}
