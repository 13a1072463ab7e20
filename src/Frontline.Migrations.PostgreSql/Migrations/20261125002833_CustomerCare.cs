using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class CustomerCare : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "score",
                table: "touchpoints",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "closes",
                table: "teams",
                type: "time without time zone",
                nullable: false,
                defaultValue: new TimeOnly(17, 0, 0));

            migrationBuilder.AddColumn<TimeOnly>(
                name: "opens",
                table: "teams",
                type: "time without time zone",
                nullable: false,
                defaultValue: new TimeOnly(9, 0, 0));

            migrationBuilder.AddColumn<string>(
                name: "working_days",
                table: "teams",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "1,2,3,4,5");

            migrationBuilder.AddColumn<DateTime>(
                name: "last_assigned_at",
                table: "team_members",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "update_every_hours",
                table: "categories",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "closed_without_confirmation",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "confirmed_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "first_responded_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "first_response_due_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reopens",
                table: "cases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "resolution_due_at",
                table: "cases",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "case_handoffs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    from_agent_id = table.Column<long>(type: "bigint", nullable: true),
                    from_team_id = table.Column<long>(type: "bigint", nullable: true),
                    to_agent_id = table.Column<long>(type: "bigint", nullable: true),
                    to_team_id = table.Column<long>(type: "bigint", nullable: true),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    by_agent_id = table.Column<long>(type: "bigint", nullable: true),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    how = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_handoffs", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_handoffs_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "chat_sessions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    started_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_chat_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_chat_sessions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "elastic_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    step = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    agent_id = table.Column<long>(type: "bigint", nullable: true),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_elastic_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_elastic_records_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "portal_links",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    case_id = table.Column<long>(type: "bigint", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_portal_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_portal_links_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sla_targets",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    category_id = table.Column<long>(type: "bigint", nullable: true),
                    priority = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    first_response_hours = table.Column<double>(type: "double precision", nullable: false),
                    resolution_hours = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sla_targets", x => x.id);
                    table.ForeignKey(
                        name: "fk_sla_targets_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "team_holidays",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    team_id = table.Column<long>(type: "bigint", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_team_holidays", x => x.id);
                    table.ForeignKey(
                        name: "fk_team_holidays_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "update_plans",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    every_hours = table.Column<double>(type: "double precision", nullable: false),
                    next_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    quiet_from = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    quiet_to = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    sent = table.Column<int>(type: "integer", nullable: false),
                    last_sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    set_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_update_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_update_plans_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_gestures_customer_id",
                table: "gestures",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_handoffs_case_id_at",
                table: "case_handoffs",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_chat_sessions_case_id",
                table: "chat_sessions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_chat_sessions_token_hash",
                table: "chat_sessions",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_elastic_records_case_id_id",
                table: "elastic_records",
                columns: new[] { "case_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_portal_links_customer_id",
                table: "portal_links",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "ix_portal_links_expires_at",
                table: "portal_links",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_portal_links_token_hash",
                table: "portal_links",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sla_targets_category_id_priority",
                table: "sla_targets",
                columns: new[] { "category_id", "priority" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_team_holidays_team_id_date",
                table: "team_holidays",
                columns: new[] { "team_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_update_plans_case_id",
                table: "update_plans",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_update_plans_next_at",
                table: "update_plans",
                column: "next_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_handoffs");

            migrationBuilder.DropTable(
                name: "chat_sessions");

            migrationBuilder.DropTable(
                name: "elastic_records");

            migrationBuilder.DropTable(
                name: "portal_links");

            migrationBuilder.DropTable(
                name: "sla_targets");

            migrationBuilder.DropTable(
                name: "team_holidays");

            migrationBuilder.DropTable(
                name: "update_plans");

            migrationBuilder.DropIndex(
                name: "ix_gestures_customer_id",
                table: "gestures");

            migrationBuilder.DropColumn(
                name: "score",
                table: "touchpoints");

            migrationBuilder.DropColumn(
                name: "closes",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "opens",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "working_days",
                table: "teams");

            migrationBuilder.DropColumn(
                name: "last_assigned_at",
                table: "team_members");

            migrationBuilder.DropColumn(
                name: "update_every_hours",
                table: "categories");

            migrationBuilder.DropColumn(
                name: "closed_without_confirmation",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "confirmed_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "first_responded_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "first_response_due_at",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "reopens",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "resolution_due_at",
                table: "cases");
        }
    }
}
