using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class InputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // "NaN" was once read as a number and passed every range check; PostgreSQL stored it (SQLite cannot), and
            // every read of it failed after. A target or plan without a number is removed (the case's team sets it
            // again; no customer is written to on a made-up cadence); a category's cadence falls back to none.
            migrationBuilder.Sql("""
                DELETE FROM sla_targets WHERE first_response_hours IN ('NaN', 'Infinity', '-Infinity')
                    OR resolution_hours IN ('NaN', 'Infinity', '-Infinity');
                DELETE FROM update_plans WHERE every_hours IN ('NaN', 'Infinity', '-Infinity');
                UPDATE categories SET update_every_hours = NULL
                    WHERE update_every_hours IN ('NaN', 'Infinity', '-Infinity');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
