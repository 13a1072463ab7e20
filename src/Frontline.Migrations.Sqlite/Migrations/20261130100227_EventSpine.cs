using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Frontline.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EventSpine : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    position = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    schema_version = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    case_id = table.Column<long>(type: "INTEGER", nullable: true),
                    customer_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_agent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_api_key_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_service_account_id = table.Column<long>(type: "INTEGER", nullable: true),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    actor_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    fanned_out = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_events", x => x.position);
                });

            migrationBuilder.CreateTable(
                name: "event_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    event_position = table.Column<long>(type: "INTEGER", nullable: false),
                    handler = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    order_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    state = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    due_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    lease_until = table.Column<DateTime>(type: "TEXT", nullable: true),
                    claim_token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    done_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_event_deliveries_events_event_position",
                        column: x => x.event_position,
                        principalTable: "events",
                        principalColumn: "position",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_deliveries_claim_token",
                table: "event_deliveries",
                column: "claim_token");

            migrationBuilder.CreateIndex(
                name: "ix_event_deliveries_event_position_handler",
                table: "event_deliveries",
                columns: new[] { "event_position", "handler" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_deliveries_handler_order_key_event_position",
                table: "event_deliveries",
                columns: new[] { "handler", "order_key", "event_position" });

            migrationBuilder.CreateIndex(
                name: "ix_event_deliveries_state_due_at",
                table: "event_deliveries",
                columns: new[] { "state", "due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_events_case_id",
                table: "events",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_customer_id",
                table: "events",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_events_fanned_out_position",
                table: "events",
                columns: new[] { "fanned_out", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_events_type_position",
                table: "events",
                columns: new[] { "type", "position" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_deliveries");

            migrationBuilder.DropTable(
                name: "events");
        }
    }
}
