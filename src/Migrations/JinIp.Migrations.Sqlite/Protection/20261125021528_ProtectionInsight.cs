using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Sqlite.Protection
{
    /// <inheritdoc />
    public partial class ProtectionInsight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "prot_customs_recordations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordationNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RightNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RightTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_customs_recordations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_platforms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    OwnerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_platforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_spike_alerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Baseline = table.Column<double>(type: "REAL", nullable: false),
                    Factor = table.Column<double>(type: "REAL", nullable: false),
                    AlertedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Recipients = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_spike_alerts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_typical_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    HandlingOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Significance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedSummary = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PublishedSignificance = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PublishedParties = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_typical_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_customs_renewals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RenewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RenewedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_customs_renewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_customs_renewals_prot_customs_recordations_RecordationId",
                        column: x => x.RecordationId,
                        principalTable: "prot_customs_recordations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prot_customs_seizures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SeizedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Port = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Goods = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclaredValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Consignor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OwnerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_customs_seizures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_customs_seizures_prot_customs_recordations_RecordationId",
                        column: x => x.RecordationId,
                        principalTable: "prot_customs_recordations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "prot_platform_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequiredAction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SentBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_platform_notices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_platform_notices_prot_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "prot_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prot_platform_takedowns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlatformId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RightNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RemovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_platform_takedowns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_platform_takedowns_prot_platforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "prot_platforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_prot_customs_recordations_RecordationNumber",
                table: "prot_customs_recordations",
                column: "RecordationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_customs_recordations_ValidUntil",
                table: "prot_customs_recordations",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_prot_customs_renewals_RecordationId",
                table: "prot_customs_renewals",
                column: "RecordationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_customs_seizures_OwnerOrganizationId",
                table: "prot_customs_seizures",
                column: "OwnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_customs_seizures_RecordationId",
                table: "prot_customs_seizures",
                column: "RecordationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_platform_notices_PlatformId",
                table: "prot_platform_notices",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_platform_takedowns_PlatformId",
                table: "prot_platform_takedowns",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_platforms_Name",
                table: "prot_platforms",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_spike_alerts_WeekStart_Dimension_Category",
                table: "prot_spike_alerts",
                columns: new[] { "WeekStart", "Dimension", "Category" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_typical_cases_CaseId",
                table: "prot_typical_cases",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_typical_cases_Published_PublishedAt",
                table: "prot_typical_cases",
                columns: new[] { "Published", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "prot_customs_renewals");

            migrationBuilder.DropTable(
                name: "prot_customs_seizures");

            migrationBuilder.DropTable(
                name: "prot_platform_notices");

            migrationBuilder.DropTable(
                name: "prot_platform_takedowns");

            migrationBuilder.DropTable(
                name: "prot_spike_alerts");

            migrationBuilder.DropTable(
                name: "prot_typical_cases");

            migrationBuilder.DropTable(
                name: "prot_customs_recordations");

            migrationBuilder.DropTable(
                name: "prot_platforms");
        }
    }
}
