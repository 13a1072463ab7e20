namespace Frontline.Touchpoints;

/// <summary>Every way a customer and the company meet.</summary>
public enum Channel { WebForm, Email, Chat, Phone, StoreVisit, Purchase, Feedback, Portal }

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
    /// <summary>The price-list line quoted in it, with the amount as quoted: the customer is held to it everywhere.</summary>
    public long? QuotedPriceItemId { get; set; }
    public decimal? QuotedAmount { get; set; }
    public string? QuotedCurrency { get; set; }
    /// <summary>An e-mail's HTML, sanitised on arrival, for showing as the sender wrote it.</summary>
    public string? BodyHtml { get; set; }
    /// <summary>How long a call or a visit took.</summary>
    public int? DurationSeconds { get; set; }
    /// <summary>How a call or a visit ended, in the agent's words: "solved", "call back tomorrow".</summary>
    public string? Outcome { get; set; }
    /// <summary>The id the outside system gave it (a telephony call id), so its later events find it.</summary>
    public string? ExternalId { get; set; }
    /// <summary>The knowledge-base article inserted into it.</summary>
    public long? ArticleId { get; set; }
    /// <summary>On feedback: how likely the customer is to recommend us after this, 0 (not at all) to 10.</summary>
    public int? Score { get; set; }

    public const int MaxBodyLength = 100_000;
}
