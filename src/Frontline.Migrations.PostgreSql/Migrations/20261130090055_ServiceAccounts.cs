using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ServiceAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "requested_by_api_key_id",
                table: "approval_requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "requested_by_service_account_id",
                table: "approval_requests",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "agent_id",
                table: "api_keys",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "service_account_id",
                table: "api_keys",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "customer_fact_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    asset_id = table.Column<long>(type: "bigint", nullable: true),
                    fact = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    before = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    after = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changed_by_agent_id = table.Column<long>(type: "bigint", nullable: true),
                    changed_by_service_account_id = table.Column<long>(type: "bigint", nullable: true),
                    changed_by_api_key_id = table.Column<long>(type: "bigint", nullable: true),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_customer_fact_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_customer_fact_changes_customers_customer_id",
                        column: x => x.customer_id,
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "service_accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    team_id = table.Column<long>(type: "bigint", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changes_customer_data = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    deactivated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_service_accounts", x => x.id);
                    table.ForeignKey(
                        name: "fk_service_accounts_teams_team_id",
                        column: x => x.team_id,
                        principalTable: "teams",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_agent_id",
                table: "api_keys",
                column: "agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_api_keys_service_account_id",
                table: "api_keys",
                column: "service_account_id");

            migrationBuilder.CreateIndex(
                name: "ix_customer_fact_changes_customer_id_changed_at",
                table: "customer_fact_changes",
                columns: new[] { "customer_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_service_accounts_name",
                table: "service_accounts",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_service_accounts_team_id",
                table: "service_accounts",
                column: "team_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "customer_fact_changes");

            migrationBuilder.DropTable(
                name: "service_accounts");

            migrationBuilder.DropIndex(
                name: "ix_api_keys_agent_id",
                table: "api_keys");

            migrationBuilder.DropIndex(
                name: "ix_api_keys_service_account_id",
                table: "api_keys");

            migrationBuilder.DropColumn(
                name: "requested_by_api_key_id",
                table: "approval_requests");

            migrationBuilder.DropColumn(
                name: "requested_by_service_account_id",
                table: "approval_requests");

            migrationBuilder.DropColumn(
                name: "agent_id",
                table: "api_keys");

            migrationBuilder.DropColumn(
                name: "service_account_id",
                table: "api_keys");
        }
    }
}
