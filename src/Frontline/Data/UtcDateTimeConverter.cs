using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Frontline.Data;

/// <summary>Every instant is stored and read back as UTC, whatever the provider keeps of the kind.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
