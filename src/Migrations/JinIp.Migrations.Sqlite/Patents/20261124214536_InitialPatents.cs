using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Sqlite.Patents
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Line = table.Column<int>(type: "INTEGER", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MessageZh = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    MessageEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_import_rejections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_import_runs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Profile = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Inserted = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejected = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_import_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_outbox",
                columns: table => new
                {
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    IsDelete = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_outbox", x => x.Sequence);
                });

            migrationBuilder.CreateTable(
                name: "pat_outbox_head",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Writes = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_outbox_head", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_patents",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ApplicationNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    FirstPublicationNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Record = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
