namespace Frontline.Touchpoints;

/// <summary>Every way a customer and the company meet.</summary>
public enum Channel { WebForm, Email, Chat, Phone, StoreVisit, Purchase, Feedback }

public enum Direction { Inbound, Outbound, Internal }

/// <summary>One interaction on any channel, in or out; the customer's timeline is made of these.</summary>
public sealed class Touchpoint
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public Channel Channel { get; set; }
    public Direction Direction { get; set; }
    public DateTime OccurredAt { get; set; }
    /// <summary>Who wrote or said it: the customer's name, an agent's name, a system.</summary>
    public required string Author { get; set; }
    public long? AuthorAgentId { get; set; }
    public required string Body { get; set; }
    public DateTime RecordedAt { get; set; }

    public const int MaxBodyLength = 100_000;
}
