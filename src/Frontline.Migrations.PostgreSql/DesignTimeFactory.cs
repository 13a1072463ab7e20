using Frontline.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Frontline.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for PostgreSQL (no server is contacted).</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FrontlineDb>
{
    public FrontlineDb CreateDbContext(string[] args) =>
        DataModule.Open(new DatabaseOptions(DatabaseProvider.PostgreSql, "Host=localhost;Database=frontline_design"));
}
