namespace Frontline.Demo;

// Plain rows in the shape of the tables, so the writers copy them without EF's change tracking.

internal readonly record struct CustomerRow(long Id, string Name, string SearchName, string TimeZone, string LoyaltyTier,
    DateOnly CustomerSince, decimal LifetimeValue, string Currency, long LoyaltyPoints, DateTime CreatedAt, DateTime UpdatedAt);

internal readonly record struct EmailRow(long Id, long CustomerId, string Address);

internal readonly record struct PhoneRow(long Id, long CustomerId, string Number);

internal readonly record struct CaseRow(long Id, long CustomerId, long CategoryId, string Subject, string Status, string Priority,
    string Channel, DateTime OpenedAt, DateTime UpdatedAt, DateTime? ResolvedAt, DateTime? ClosedAt);

internal readonly record struct TouchpointRow(long Id, long CustomerId, long? CaseId, string Channel, string Direction,
    DateTime OccurredAt, string Author, string Body, DateTime RecordedAt);

internal readonly record struct GestureRow(long Id, long CaseId, long CustomerId, long CategoryId, string Kind, decimal Amount,
    string Currency, string Reason, long? GuidelineId, int? GuidelineVersion, long GrantId, long? GrantedById, string GrantedBy,
    long? TeamId, DateTime GrantedAt);

/// <summary>The rows of a run of consecutive customers, written in one transaction.</summary>
internal sealed class BulkSeedBatch
{
    public List<CustomerRow> Customers { get; } = [];
    public List<EmailRow> Emails { get; } = [];
    public List<PhoneRow> Phones { get; } = [];
    public List<CaseRow> Cases { get; } = [];
    public List<TouchpointRow> Touchpoints { get; } = [];
    public List<GestureRow> Gestures { get; } = [];

    public long Rows => Customers.Count + Emails.Count + Phones.Count + Cases.Count + Touchpoints.Count + Gestures.Count;
}

/// <summary>The id each table's rows start after, so a seed adds to whatever is there.</summary>
internal readonly record struct BulkSeedIds(long Customer, long Email, long Phone, long Case, long Touchpoint, long Gesture);
