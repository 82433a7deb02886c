using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Postgres.Strategy
{
    /// <inheritdoc />
    public partial class InitialStrategy : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "strat_drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    WarningsJson = table.Column<string>(type: "text", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_drafts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_indicator_values",
                columns: table => new
                {
                    IndicatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_indicator_values", x => new { x.IndicatorId, x.DistrictCode });
                });

            migrationBuilder.CreateTable(
                name: "strat_indicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Weight = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Target = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_item_units",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsLead = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_item_units", x => new { x.ItemId, x.OrganizationId });
                });

            migrationBuilder.CreateTable(
                name: "strat_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Numeral = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Headline = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    LeadOrganizationId = table.Column<Guid>(type: "uuid", nullable: true),
                    UnitsConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_milestones",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpectedPercent = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_milestones", x => new { x.TaskId, x.Quarter });
                });

            migrationBuilder.CreateTable(
                name: "strat_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    AnswerDue = table.Column<DateOnly>(type: "date", nullable: false),
                    Answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Numeral = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_parts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Preamble = table.Column<string>(type: "text", nullable: false),
                    SourceFileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NotifiedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_report_attachments",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_report_attachments", x => new { x.ReportId, x.AttachmentId });
                });

            migrationBuilder.CreateTable(
                name: "strat_report_figures",
                columns: table => new
                {
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_report_figures", x => new { x.ReportId, x.TargetId });
                });

            migrationBuilder.CreateTable(
                name: "strat_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Minimum = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Maximum = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_targets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Text = table.Column<string>(type: "text", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    PostponeReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PostponedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReportAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Withdrawn = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "strat_unit_assessments",
                columns: table => new
                {
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SelfScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    SelfComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    OfficeScore = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    OfficeComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_strat_unit_assessments", x => new { x.ItemId, x.OrganizationId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_strat_indicators_Year",
                table: "strat_indicators",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_strat_item_units_OrganizationId",
                table: "strat_item_units",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_items_LeadOrganizationId",
                table: "strat_items",
                column: "LeadOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_items_PlanId_Number",
                table: "strat_items",
                columns: new[] { "PlanId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_strat_notices_OrganizationId",
                table: "strat_notices",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_notices_TaskId",
                table: "strat_notices",
                column: "TaskId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_parts_PlanId_Sequence",
                table: "strat_parts",
                columns: new[] { "PlanId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_strat_plans_Year",
                table: "strat_plans",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_strat_reminders_NotifiedAt",
                table: "strat_reminders",
                column: "NotifiedAt");

            migrationBuilder.CreateIndex(
                name: "IX_strat_reminders_OrganizationId",
                table: "strat_reminders",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_reminders_TaskId_OrganizationId_Kind_Deadline",
                table: "strat_reminders",
                columns: new[] { "TaskId", "OrganizationId", "Kind", "Deadline" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_strat_reports_TaskId_ReportedAt",
                table: "strat_reports",
                columns: new[] { "TaskId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_strat_targets_ItemId",
                table: "strat_targets",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_strat_tasks_Deadline",
                table: "strat_tasks",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_strat_tasks_ItemId",
                table: "strat_tasks",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "strat_drafts");

            migrationBuilder.DropTable(
                name: "strat_indicator_values");

            migrationBuilder.DropTable(
                name: "strat_indicators");

            migrationBuilder.DropTable(
                name: "strat_item_units");

            migrationBuilder.DropTable(
                name: "strat_items");

            migrationBuilder.DropTable(
                name: "strat_milestones");

            migrationBuilder.DropTable(
                name: "strat_notices");

            migrationBuilder.DropTable(
                name: "strat_parts");

            migrationBuilder.DropTable(
                name: "strat_plans");

            migrationBuilder.DropTable(
                name: "strat_reminders");

            migrationBuilder.DropTable(
                name: "strat_report_attachments");

            migrationBuilder.DropTable(
                name: "strat_report_figures");

            migrationBuilder.DropTable(
                name: "strat_reports");

            migrationBuilder.DropTable(
                name: "strat_targets");

            migrationBuilder.DropTable(
                name: "strat_tasks");

            migrationBuilder.DropTable(
                name: "strat_unit_assessments");
        }
    }
}
