using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class SafeActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resolved_from",
                table: "cases",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_internal",
                table: "articles",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "resolved_from",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "is_internal",
                table: "articles");
        }
    }
}
