using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FreeGesturesAndTeams : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_active",
                table: "teams",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<bool>(
                name: "may_be_free",
                table: "gesture_kinds",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "urgent",
                table: "approval_requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 1L,
                column: "may_be_free",
                value: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 2L,
                column: "may_be_free",
                value: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 3L,
                column: "may_be_free",
                value: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 4L,
                column: "may_be_free",
                value: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 5L,
                column: "may_be_free",
                value: false);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 6L,
                column: "may_be_free",
                value: true);

            migrationBuilder.UpdateData(
                table: "gesture_kinds",
                keyColumn: "id",
                keyValue: 7L,
                column: "may_be_free",
                value: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "is_active",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "may_be_free",
                table: "gesture_kinds");

            migrationBuilder.DropColumn(
                name: "urgent",
                table: "approval_requests");
        }
    }
}
