using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Frontline.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class KnowledgeAndQuotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "article_id",
                table: "touchpoints",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "quoted_amount",
                table: "touchpoints",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "quoted_currency",
                table: "touchpoints",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "quoted_price_item_id",
                table: "touchpoints",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "articles",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: false),
                    is_published = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "price_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_price_items", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_article_id",
                table: "touchpoints",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "ix_touchpoints_quoted_price_item_id",
                table: "touchpoints",
                column: "quoted_price_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_articles_is_published",
                table: "articles",
                column: "is_published");

            migrationBuilder.CreateIndex(
                name: "ix_price_items_code_valid_from",
                table: "price_items",
                columns: new[] { "code", "valid_from" });

            migrationBuilder.AddForeignKey(
                name: "fk_touchpoints_articles_article_id",
                table: "touchpoints",
                column: "article_id",
                principalTable: "articles",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_touchpoints_price_items_quoted_price_item_id",
                table: "touchpoints",
                column: "quoted_price_item_id",
                principalTable: "price_items",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_touchpoints_articles_article_id",
                table: "touchpoints");

            migrationBuilder.DropForeignKey(
                name: "fk_touchpoints_price_items_quoted_price_item_id",
                table: "touchpoints");

            migrationBuilder.DropTable(
                name: "articles");

            migrationBuilder.DropTable(
                name: "price_items");

            migrationBuilder.DropIndex(
                name: "ix_touchpoints_article_id",
                table: "touchpoints");

            migrationBuilder.DropIndex(
                name: "ix_touchpoints_quoted_price_item_id",
                table: "touchpoints");

            migrationBuilder.DropColumn(
                name: "article_id",
                table: "touchpoints");

            migrationBuilder.DropColumn(
                name: "quoted_amount",
                table: "touchpoints");

            migrationBuilder.DropColumn(
                name: "quoted_currency",
                table: "touchpoints");

            migrationBuilder.DropColumn(
                name: "quoted_price_item_id",
                table: "touchpoints");
        }
    }
}
