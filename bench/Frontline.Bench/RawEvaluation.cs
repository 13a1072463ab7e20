using System.Data.Common;
using Frontline.Authority;

namespace Frontline.Bench;

/// <summary>
/// The ceiling of an evaluation: the reads it needs, written by hand through bare ADO.NET. The case with its customer,
/// the category's guideline in its current version, the grants of the roles, and for each grant with a budget the
/// sum of the ledger since the period began for the caller (an API key: no agent id), one query per grant as the app does.
/// </summary>
internal sealed class RawEvaluation(RawSql raw)
{
    public const string Case = """
        SELECT c.category_id, cu.loyalty_tier, cu.currency, cu.time_zone, c.customer_deadline
        FROM cases c JOIN customers cu ON cu.id = c.customer_id WHERE c.id = @case
        """;

    public const string Guideline = """
        SELECT g.id, g.current_version, v.content
        FROM guidelines g JOIN guideline_versions v ON v.guideline_id = g.id AND v.version = g.current_version
        WHERE g.category_id = @category AND g.is_active ORDER BY g.id
        """;

    public const string Grants = """
        SELECT id, holder_role, gesture, category_ids, tiers, max_per_gesture, currency, budget_amount, budget_period
        FROM authority_grants WHERE revoked_at IS NULL AND holder_kind = 'Role' AND holder_role IN ('Agent', 'TeamLead', 'Manager')
        ORDER BY id
        """;

    public const string Spent = """
        SELECT sum(amount) FROM gestures WHERE grant_id = @grant AND granted_by_id IS NULL AND granted_at >= @since
        """;

    /// <summary>Returns whether the case was found with a guideline.</summary>
    public async Task<bool> ReadAsync(GestureProbe probe)
    {
        await using var connection = raw.Open();
        long? category = null;
        await using (var command = RawSql.Command(connection, Case, "case", probe.CaseId))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) { RawSql.ReadAll(reader); category = reader.GetInt64(0); }
        if (category is null) return false;
        var guidelines = 0;
        await using (var command = RawSql.Command(connection, Guideline, "category", category.Value))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) { RawSql.ReadAll(reader); guidelines++; }
        var budgeted = new List<(long Id, BudgetPeriod Period)>();
        await using (var command = RawSql.Command(connection, Grants))
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync())
                if (RawSql.ReadAll(reader)[8] is string period) budgeted.Add((reader.GetInt64(0), Enum.Parse<BudgetPeriod>(period)));
        var now = DateTime.UtcNow;
        foreach (var (grant, period) in budgeted)
        {
            await using var command = RawSql.Command(connection, Spent, "grant", grant);
            Parameter(command, "since", EffectiveAuthority.PeriodStart(period, now));
            await command.ExecuteScalarAsync();
        }
        return guidelines > 0;
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
