using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OpenChats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_chat_sessions_ended_at",
                table: "chat_sessions",
                column: "ended_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_chat_sessions_ended_at",
                table: "chat_sessions");
        }
    }
}
