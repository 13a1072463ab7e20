using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ChannelIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "claimed_email",
                table: "chat_sessions",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "claimed_name",
                table: "chat_sessions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "code_attempts",
                table: "chat_sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "code_expires_at",
                table: "chat_sessions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "code_hash",
                table: "chat_sessions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "codes_sent",
                table: "chat_sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "verified_at",
                table: "chat_sessions",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "claimed_email",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "claimed_name",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "code_attempts",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "code_expires_at",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "code_hash",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "codes_sent",
                table: "chat_sessions");

            migrationBuilder.DropColumn(
                name: "verified_at",
                table: "chat_sessions");
        }
    }
}
