using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JinIp.Migrations.Postgres.Patents
{
    /// <inheritdoc />
    public partial class InitialPatents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pat_import_rejections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportRunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Line = table.Column<int>(type: "integer", nullable: false),
                    Field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    MessageZh = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    MessageEn = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_import_rejections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_import_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Profile = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rows = table.Column<int>(type: "integer", nullable: false),
                    Inserted = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Unchanged = table.Column<int>(type: "integer", nullable: false),
                    Rejected = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_outbox",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    IsDelete = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "pat_outbox_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Writes = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_outbox_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_patents",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    FirstPublicationNumber = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Record = table.Column<byte[]>(type: "bytea", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_patents", x => x.Key);
                });

            migrationBuilder.InsertData(
                table: "pat_outbox_head",
                columns: new[] { "Id", "Writes" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_pat_import_rejections_ImportRunId",
                table: "pat_import_rejections",
                column: "ImportRunId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_patents_ApplicationNumber",
                table: "pat_patents",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_pat_patents_FirstPublicationNumber",
                table: "pat_patents",
                column: "FirstPublicationNumber");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pat_import_rejections");

            migrationBuilder.DropTable(
                name: "pat_import_runs");

            migrationBuilder.DropTable(
                name: "pat_outbox");

            migrationBuilder.DropTable(
                name: "pat_outbox_head");

            migrationBuilder.DropTable(
                name: "pat_patents");
        }
    }
}
