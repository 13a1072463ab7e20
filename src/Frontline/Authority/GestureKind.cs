using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Frontline.Authority;

/// <summary>A kind of gesture: the seven every installation has, and those a manager adds.</summary>
public sealed class GestureKind
{
    public long Id { get; set; }
    /// <summary>Short name used in guidelines and grants: "fee-waiver".</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    /// <summary>How to say it in a sentence: "waive fees", "replace for free".</summary>
    public required string Verb { get; set; }
    public bool IsBuiltIn { get; set; }
    /// <summary>A kind that may cost nothing (charging a laptop on board); others cost at least a cent.</summary>
    public bool MayBeFree { get; set; }

    public static readonly GestureKind[] BuiltIn =
    [
        new() { Id = 1, Code = "fee-waiver", Name = "Fee waiver", Verb = "waive fees", IsBuiltIn = true },
        new() { Id = 2, Code = "refund", Name = "Refund", Verb = "refund", IsBuiltIn = true },
        new() { Id = 3, Code = "credit", Name = "Credit", Verb = "give credit", IsBuiltIn = true },
        new() { Id = 4, Code = "free-replacement", Name = "Free replacement", Verb = "replace for free", IsBuiltIn = true },
        new() { Id = 5, Code = "upgrade", Name = "Upgrade", Verb = "upgrade", IsBuiltIn = true },
        new() { Id = 6, Code = "service-add-on", Name = "Service add-on", Verb = "add a service", IsBuiltIn = true, MayBeFree = true },
        new() { Id = 7, Code = "expedite", Name = "Expedite", Verb = "expedite", IsBuiltIn = true, MayBeFree = true },
    ];
}

internal sealed class GestureKindConfiguration : IEntityTypeConfiguration<GestureKind>
{
    public void Configure(EntityTypeBuilder<GestureKind> b)
    {
        b.Property(k => k.Code).HasMaxLength(40);
        b.Property(k => k.Name).HasMaxLength(100);
        b.Property(k => k.Verb).HasMaxLength(100);
        b.HasIndex(k => k.Code).IsUnique();
        b.HasData(GestureKind.BuiltIn.Select(k => new GestureKind
        {
            Id = k.Id, Code = k.Code, Name = k.Name, Verb = k.Verb, IsBuiltIn = true, MayBeFree = k.MayBeFree,
        }));
    }
}
