using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Knowledge;

/// <summary>An answer written once and given the same way on every channel.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public string SearchText { get; set; } = "";

    /// <summary>What a search matches against: title and text, in lower case.</summary>
    public static string SearchTextOf(string title, string body) => $"{title}\n{body}".ToLowerInvariant();
    public bool IsPublished { get; set; }
    /// <summary>Written for colleagues only: never inserted into a reply nor shown on the help pages.</summary>
    public bool IsInternal { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

public enum PriceKind { Item, Fee, Service }

/// <summary>One line of the price list, valid between two days; a quote names the line it came from.</summary>
public sealed class PriceItem
{
    public long Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public PriceKind Kind { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "EUR";
    public DateOnly ValidFrom { get; set; }
    /// <summary>The last day it is valid; empty: until further notice.</summary>
    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly day) => ValidFrom <= day && (ValidTo is null || day <= ValidTo);
}

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> b)
    {
        b.Property(a => a.Title).HasMaxLength(200);
        b.Property(a => a.UpdatedBy).HasMaxLength(200);
        b.HasIndex(a => a.IsPublished);
    }
}

internal sealed class PriceItemConfiguration : IEntityTypeConfiguration<PriceItem>
{
    public void Configure(EntityTypeBuilder<PriceItem> b)
    {
        b.Property(p => p.Code).HasMaxLength(64);
        b.Property(p => p.Name).HasMaxLength(200);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        b.HasIndex(p => new { p.Code, p.ValidFrom });
    }
}
