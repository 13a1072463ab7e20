using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Frontline.Data;

/// <summary>A text longer than its column allows, refused before it is written.</summary>
public sealed class TooLongException(string field, int maxLength)
    : Exception($"{field} is longer than {maxLength} characters.")
{
    public string Field { get; } = field;
    public int MaxLength { get; } = maxLength;
}

/// <summary>
/// The column lengths of the EF configurations are the one source of truth for how long a text may be: PostgreSQL
/// refuses a longer value and SQLite would store it silently, so every save checks them on both, and the text
/// that no request validation caught is refused the same way everywhere (a 400 naming the field, nothing written).
/// </summary>
internal sealed class LengthGuard : SaveChangesInterceptor
{
    private static readonly System.Text.Json.JsonNamingPolicy CamelCase = System.Text.Json.JsonNamingPolicy.CamelCase;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Check(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Check(DbContext? db)
    {
        if (db is null) return;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            foreach (var property in entry.Properties)
            {
                if (property.CurrentValue is not string text) continue;
                if (property.Metadata.GetMaxLength() is not { } max) continue;
                if (text.Length > max) throw new TooLongException(CamelCase.ConvertName(property.Metadata.Name), max);
            }
        }
    }
}
