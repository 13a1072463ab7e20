using Frontline.Touchpoints;

namespace Frontline.Cases;

public enum CaseStatus { Open, Pending, Resolved, Closed }

public enum CasePriority { Low, Normal, High, Urgent }

/// <summary>One problem of one customer, from first contact to confirmed closure.</summary>
public sealed class Case
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long CategoryId { get; set; }
    public Category? Category { get; set; }
    public required string Subject { get; set; }
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public CasePriority Priority { get; set; } = CasePriority.Normal;
    /// <summary>The channel the customer first came through.</summary>
    public Channel Channel { get; set; }
    /// <summary>The customer's own deadline, e.g. the departure of a flight.</summary>
    public DateTime? CustomerDeadline { get; set; }
    /// <summary>The asset the case is about, if any.</summary>
    public long? AssetId { get; set; }
    public long? AssigneeId { get; set; }
    public long? TeamId { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    /// <summary>
    /// The status a resolved case came from, so an agent may undo the resolution before the customer is asked.
    /// </summary>
    public CaseStatus? ResolvedFrom { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>The SLA's due times, in the team's working hours, from when the case was opened.</summary>
    public DateTime? FirstResponseDueAt { get; set; }
    public DateTime? ResolutionDueAt { get; set; }
    /// <summary>When an agent first answered the customer.</summary>
    public DateTime? FirstRespondedAt { get; set; }
    /// <summary>When the customer confirmed the resolution; a case closed without it says so.</summary>
    public DateTime? ConfirmedAt { get; set; }
    public bool ClosedWithoutConfirmation { get; set; }
    /// <summary>How often the customer came back after a resolution: each reopen is a repeat contact.</summary>
    public int Reopens { get; set; }

    /// <summary>The number people say on the phone: C-000042.</summary>
    public static string NumberOf(long id) => $"C-{id:D6}";

    public static long? IdOf(string number) =>
        number.Trim().ToUpperInvariant() is var n && n.StartsWith("C-") && long.TryParse(n[2..], out var id) ? id : null;

    /// <summary>Moves the case to <paramref name="next"/> if the lifecycle allows it; otherwise says why not.</summary>
    public string? ChangeStatus(CaseStatus next, DateTime now)
    {
        if (next == Status) return null;
        if (!CaseLifecycle.Allows(Status, next))
            return $"A case that is {Status.ToString().ToLowerInvariant()} cannot become {next.ToString().ToLowerInvariant()}; allowed: {string.Join(", ", CaseLifecycle.Next(Status)).ToLowerInvariant()}.";
        if (next == CaseStatus.Resolved) (ResolvedAt, ResolvedFrom) = (now, Status);
        if (next == CaseStatus.Closed) { ClosedAt = now; ResolvedAt ??= now; }
        if (next is CaseStatus.Open or CaseStatus.Pending) (ResolvedAt, ResolvedFrom, ClosedAt) = (null, null, null);
        Status = next;
        UpdatedAt = now;
        return null;
    }

    /// <summary>Takes a resolution back: the case returns to the status it was resolved from.</summary>
    public void UndoResolution(DateTime now)
    {
        Status = ResolvedFrom ?? CaseStatus.Open;
        (ResolvedAt, ResolvedFrom, UpdatedAt) = (null, null, now);
    }
}

/// <summary>Which status may follow which. A closed case can only be reopened.</summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Moves = new()
    {
        [CaseStatus.Open] = [CaseStatus.Pending, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Pending] = [CaseStatus.Open, CaseStatus.Resolved, CaseStatus.Closed],
        [CaseStatus.Resolved] = [CaseStatus.Open, CaseStatus.Closed],
        [CaseStatus.Closed] = [CaseStatus.Open],
    };

    public static IReadOnlyList<CaseStatus> Next(CaseStatus from) => Moves[from];

    public static bool Allows(CaseStatus from, CaseStatus to) => Moves[from].Contains(to);
}

/// <summary>A kind of problem, managed as data: "Warranty", "Change of booking", "Special service".</summary>
public sealed class Category
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>The rule for cases that go pending: an update to the customer every so many hours.</summary>
    public double? UpdateEveryHours { get; set; }
}
