using Frontline.Cases;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NodaTime;

namespace Frontline.Updates;

/// <summary>
/// How a case that could not close at first contact keeps its customer informed: an update every so many hours, on
/// the customer's channel, never in their quiet hours (by their own clock).
/// </summary>
public sealed class UpdatePlan
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public double EveryHours { get; set; }
    public DateTime NextAt { get; set; }
    /// <summary>What the agent wants the customer told, e.g. "the part is on its way from the supplier".</summary>
    public string? Message { get; set; }
    /// <summary>No update between these times of the customer's day; none when either is missing.</summary>
    public TimeOnly? QuietFrom { get; set; }
    public TimeOnly? QuietTo { get; set; }
    public int Sent { get; set; }
    public DateTime? LastSentAt { get; set; }
    public required string SetBy { get; set; }

    public static readonly TimeOnly DefaultQuietFrom = new(21, 0);
    public static readonly TimeOnly DefaultQuietTo = new(8, 0);

    /// <summary>When an update due at <paramref name="dueUtc"/> may go: then, or at the end of the customer's quiet hours.</summary>
    public static DateTime AllowedAt(DateTime dueUtc, string timeZone, TimeOnly? quietFrom, TimeOnly? quietTo)
    {
        if (quietFrom is not { } from || quietTo is not { } to || from == to) return dueUtc;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        var time = local.TimeOfDay.ToTimeOnly();
        var quiet = from < to ? time >= from && time < to : time >= from || time < to;
        if (!quiet) return dueUtc;
        var endDate = from < to || time < to ? local.Date : local.Date.PlusDays(1);
        return (endDate + LocalTime.FromTimeOnly(to)).InZoneLeniently(zone).ToDateTimeUtc();
    }
}

internal sealed class UpdatePlanConfiguration : IEntityTypeConfiguration<UpdatePlan>
{
    public void Configure(EntityTypeBuilder<UpdatePlan> b)
    {
        b.Property(p => p.Message).HasMaxLength(2000);
        b.Property(p => p.SetBy).HasMaxLength(200);
        b.HasIndex(p => p.CaseId).IsUnique();
        b.HasIndex(p => p.NextAt);
        b.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
