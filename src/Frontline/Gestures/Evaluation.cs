namespace Frontline.Gestures;

public enum Verdict { GrantNow, NeedsApproval }

/// <summary>A gesture the guideline offers, and whether the person asking may grant it now.</summary>
public sealed record GestureOption(string Gesture, string Name, decimal? SuggestedAmount, string? Note, bool WithinYourAuthority);

/// <summary>Who decides a request beyond the sandbox, and by when; urgent when the customer's deadline leaves too little time.</summary>
public sealed record ApprovalRoute(string Level, DateTime DueBy, string Why, bool Urgent = false);

/// <summary>
/// The answer to "may I grant this?": grant now, or needs approval by a named level before a due time; always
/// with the default outcome, the options and the alternatives. Never a bare no.
/// </summary>
public sealed record Evaluation(
    Verdict Verdict, string Summary, long? GuidelineId, int? GuidelineVersion, string DefaultOutcome,
    IReadOnlyList<GestureOption> Options, IReadOnlyList<string> Alternatives, ApprovalRoute? Approval, long? GrantId);

/// <summary>The version of a guideline that applies to a case.</summary>
public sealed record AppliedGuideline(long Id, int Version, Guidelines.GuidelineContent Content);
