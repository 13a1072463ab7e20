using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    event_position = table.Column<long>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    what = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    case_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    actor_agent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_api_key_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_service_account_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    previous_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_case_id",
                table: "audit_log",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_event_position",
                table: "audit_log",
                column: "event_position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_occurred_at",
                table: "audit_log",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_previous_hash",
                table: "audit_log",
                column: "previous_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_type_id",
                table: "audit_log",
                columns: new[] { "type", "id" });

            migrationBuilder.Sql(Frontline.Audit.AuditTriggers.CreateOnSqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Frontline.Audit.AuditTriggers.DropOnSqlite);

            migrationBuilder.DropTable(
                name: "audit_log");
        }
    }
}
