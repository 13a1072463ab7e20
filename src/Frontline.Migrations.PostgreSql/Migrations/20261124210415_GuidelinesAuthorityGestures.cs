using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class GuidelinesAuthorityGestures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_requests",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    category_id = table.Column<long>(type: "bigint", nullable: false),
                    gesture = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    due_by = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    why = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    guideline_id = table.Column<long>(type: "bigint", nullable: true),
                    guideline_version = table.Column<int>(type: "integer", nullable: true),
                    requested_by_id = table.Column<long>(type: "bigint", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_by_team_id = table.Column<long>(type: "bigint", nullable: true),
                    requested_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decided_by_id = table.Column<long>(type: "bigint", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decided_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    approved_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    alternative = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_approval_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_approval_requests_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "authority_grants",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    holder_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    holder_role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    holder_team_id = table.Column<long>(type: "bigint", nullable: true),
                    holder_agent_id = table.Column<long>(type: "bigint", nullable: true),
                    gesture = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    category_ids = table.Column<List<long>>(type: "bigint[]", nullable: false),
                    tiers = table.Column<int[]>(type: "integer[]", nullable: false),
                    max_per_gesture = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    budget_amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    budget_period = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    budget_scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    revoked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_authority_grants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gesture_kinds",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    verb = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_built_in = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gesture_kinds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gestures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    case_id = table.Column<long>(type: "bigint", nullable: false),
                    customer_id = table.Column<long>(type: "bigint", nullable: false),
                    category_id = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    guideline_id = table.Column<long>(type: "bigint", nullable: true),
                    guideline_version = table.Column<int>(type: "integer", nullable: true),
                    grant_id = table.Column<long>(type: "bigint", nullable: true),
                    approval_request_id = table.Column<long>(type: "bigint", nullable: true),
                    granted_by_id = table.Column<long>(type: "bigint", nullable: true),
                    granted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    team_id = table.Column<long>(type: "bigint", nullable: true),
                    granted_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gestures", x => x.id);
                    table.ForeignKey(
                        name: "fk_gestures_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "guidelines",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    category_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    current_version = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guidelines", x => x.id);
                    table.ForeignKey(
                        name: "fk_guidelines_categories_category_id",
                        column: x => x.category_id,
                        principalTable: "categories",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "guideline_versions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    guideline_id = table.Column<long>(type: "bigint", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guideline_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_guideline_versions_guidelines_guideline_id",
                        column: x => x.guideline_id,
                        principalTable: "guidelines",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "gesture_kinds",
                columns: new[] { "id", "code", "is_built_in", "name", "verb" },
                values: new object[,]
                {
                    { 1L, "fee-waiver", true, "Fee waiver", "waive fees" },
                    { 2L, "refund", true, "Refund", "refund" },
                    { 3L, "credit", true, "Credit", "give credit" },
                    { 4L, "free-replacement", true, "Free replacement", "replace for free" },
                    { 5L, "upgrade", true, "Upgrade", "upgrade" },
                    { 6L, "service-add-on", true, "Service add-on", "add a service" },
                    { 7L, "expedite", true, "Expedite", "expedite" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_approval_requests_case_id",
                table: "approval_requests",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_approval_requests_status_level_due_by",
                table: "approval_requests",
                columns: new[] { "status", "level", "due_by" });

            migrationBuilder.CreateIndex(
                name: "ix_authority_grants_holder_agent_id",
                table: "authority_grants",
                column: "holder_agent_id");

            migrationBuilder.CreateIndex(
                name: "ix_authority_grants_holder_kind_holder_role",
                table: "authority_grants",
                columns: new[] { "holder_kind", "holder_role" });

            migrationBuilder.CreateIndex(
                name: "ix_authority_grants_holder_team_id",
                table: "authority_grants",
                column: "holder_team_id");

            migrationBuilder.CreateIndex(
                name: "ix_gesture_kinds_code",
                table: "gesture_kinds",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_gestures_case_id",
                table: "gestures",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_gestures_grant_id_granted_by_id_granted_at",
                table: "gestures",
                columns: new[] { "grant_id", "granted_by_id", "granted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_gestures_grant_id_team_id_granted_at",
                table: "gestures",
                columns: new[] { "grant_id", "team_id", "granted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_gestures_granted_at",
                table: "gestures",
                column: "granted_at");

            migrationBuilder.CreateIndex(
                name: "ix_guideline_versions_guideline_id_version",
                table: "guideline_versions",
                columns: new[] { "guideline_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_guidelines_category_id",
                table: "guidelines",
                column: "category_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_requests");

            migrationBuilder.DropTable(
                name: "authority_grants");

            migrationBuilder.DropTable(
                name: "gesture_kinds");

            migrationBuilder.DropTable(
                name: "gestures");

            migrationBuilder.DropTable(
                name: "guideline_versions");

            migrationBuilder.DropTable(
                name: "guidelines");
        }
    }
}
