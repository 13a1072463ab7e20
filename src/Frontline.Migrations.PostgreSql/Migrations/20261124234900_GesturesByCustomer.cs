using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GesturesByCustomer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_gestures_customer_id",
                table: "gestures",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_gestures_customer_id",
                table: "gestures");
        }
    }
}
