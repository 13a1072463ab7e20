using Frontline.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Frontline.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model for SQLite.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<FrontlineDb>
{
    public FrontlineDb CreateDbContext(string[] args) =>
        DataModule.Open(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
