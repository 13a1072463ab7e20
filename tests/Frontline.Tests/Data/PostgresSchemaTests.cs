using Frontline.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Frontline.Tests.Data;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSchemaTests(PostgresApi fx)
{
    [Fact]
    public async Task Name_fragments_are_searched_through_a_trigram_index()
    {
        await using var db = fx.OpenDb();

        var definitions = await db.Database
            .SqlQuery<string>($"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'customers' AND indexdef LIKE '%search_name%'")
            .ToListAsync(TestContext.Current.CancellationToken);

        definitions.ShouldHaveSingleItem().ShouldContain("gin (search_name gin_trgm_ops)");
    }
}
