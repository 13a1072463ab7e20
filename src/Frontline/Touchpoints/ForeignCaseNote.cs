namespace Frontline.Touchpoints;

/// <summary>
/// The note for the team when a message names another customer's case: a reference is a claim, so the message was
/// kept off that case; one wording for every channel that threads by reference (e-mail, the inbound API).
/// </summary>
public static class ForeignCaseNote
{
    /// <param name="what">How the message is called: "This e-mail", "This message".</param>
    /// <param name="answers">It answers a message of that case (by its headers) rather than naming its number.</param>
    public static string Of(string what, long caseId, bool answers = false) =>
        $"{what} {(answers ? "answers a message of" : "names")} {Cases.Case.NumberOf(caseId)}, a case of another customer, but its "
        + "sender is not one of that customer's addresses: it was not added there. Tell the sender nothing about that case; "
        + "if they write on someone's behalf, ask that customer to write from their own address.";
}
