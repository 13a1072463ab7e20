namespace Frontline.Common;

/// <summary>One page of a list. <c>HasMore</c> says whether a next page exists, without counting the whole set.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, bool HasMore);

public static class Paging
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;
    /// <summary>Deep enough for any person; keeps the offset far from overflowing.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>Checks <c>page</c> and <c>pageSize</c> query values, naming them in <paramref name="errors"/>.</summary>
    public static (int Page, int Size) Read(int? page, int? pageSize, Errors errors)
    {
        var p = page ?? 1;
        var size = pageSize ?? DefaultSize;
        if (p is < 1 or > MaxPage) errors.Add("page", $"Must be between 1 and {MaxPage:#,0}.");
        if (size is < 1 or > MaxSize) errors.Add("pageSize", $"Must be between 1 and {MaxSize}.");
        return (p, size);
    }

    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int size, CancellationToken ct)
    {
        var rows = await query.Skip((page - 1) * size).Take(size + 1).ToListAsync(ct);
        return new Page<T>(rows.Count > size ? rows[..size] : rows, page, size, rows.Count > size);
    }
}
