using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Sqlite.Patents
{
    /// <inheritdoc />
    public partial class SearchHistoryAndAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "pat_alert_cursor",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_alert_cursor", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_alert_hits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SavedSearchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatentKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FoundAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_alert_hits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_saved_searches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Alert = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AlertSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAlertAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AlertHitCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_saved_searches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "pat_search_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Expanded = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TotalHits = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pat_search_history", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "pat_alert_cursor",
                columns: new[] { "Id", "LastSequence" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_pat_alert_hits_SavedSearchId_FoundAt",
                table: "pat_alert_hits",
                columns: new[] { "SavedSearchId", "FoundAt" });

            migrationBuilder.CreateIndex(
                name: "IX_pat_saved_searches_Alert",
                table: "pat_saved_searches",
                column: "Alert");

            migrationBuilder.CreateIndex(
                name: "IX_pat_saved_searches_UserId",
                table: "pat_saved_searches",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_pat_search_history_UserId_Number",
                table: "pat_search_history",
                columns: new[] { "UserId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pat_alert_cursor");

            migrationBuilder.DropTable(
                name: "pat_alert_hits");

            migrationBuilder.DropTable(
                name: "pat_saved_searches");

            migrationBuilder.DropTable(
                name: "pat_search_history");
        }
    }
}
