namespace Frontline.Approvals;

/// <summary>
/// What the customer is told of a decision, in plain words: the default the deciding lead sees and may edit before it
/// goes. The lead's note is for colleagues and never part of it.
/// </summary>
public static class ApprovalWords
{
    /// <param name="gestureName">The gesture kind in plain words ("fee waiver").</param>
    public static string ForCustomer(Decision decision, string gestureName, Money amount, string? alternative) =>
        decision == Decision.Approve
            ? $"Good news: we can offer you a {gestureName} of {amount}."
            : $"We cannot offer a {gestureName} this time, but we can offer you this instead: {alternative}";
}
