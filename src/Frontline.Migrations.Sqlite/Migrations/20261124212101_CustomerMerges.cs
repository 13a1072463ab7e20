using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomerMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "customer_merges",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    survivor_id = table.Column<long>(type: "INTEGER", nullable: false),
                    merged_id = table.Column<long>(type: "INTEGER", nullable: false),
                    merged_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    merged_snapshot = table.Column<string>(type: "TEXT", nullable: false),
                    cases_moved = table.Column<int>(type: "INTEGER", nullable: false),
                    touchpoints_moved = table.Column<int>(type: "INTEGER", nullable: false),
                    assets_moved = table.Column<int>(type: "INTEGER", nullable: false),
                    merged_by_id = table.Column<long>(type: "INTEGER", nullable: true),
                    merged_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    merged_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_merges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_customer_merges_merged_id",
                table: "customer_merges",
                column: "merged_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_merges_survivor_id",
                table: "customer_merges",
                column: "survivor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_merges");
        }
    }
}
