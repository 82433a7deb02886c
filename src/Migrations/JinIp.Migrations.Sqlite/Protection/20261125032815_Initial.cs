using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Sqlite.Protection
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "prot_case_extensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueDateBefore = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDateAfter = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_case_extensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_case_transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TransferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_case_transfers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CampaignName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RightNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RightNumberKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProductCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InfringerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InfringerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    HandlingOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedWorkingDaysLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExtendedWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    IllegalBusinessVolume = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    IllegalGains = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Fine = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    PunitiveDamages = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    TechnicalComplexity = table.Column<int>(type: "INTEGER", nullable: false),
                    Complexity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TriageReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TriageOverridden = table.Column<bool>(type: "INTEGER", nullable: false),
                    MediationAgreement = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ThresholdAlertedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ThresholdAlertRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceiptNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    AccessCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RightNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    RightNumberKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProductCategory = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InfringerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InfringerKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PlatformName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlatformUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Anonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmittedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedByOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LinkedCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_criminal_referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ThresholdRule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnswerNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_criminal_referrals", x => x.Id);
                });

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
                name: "prot_workflow_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Workflow = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Transition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FromState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToState = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DueDateAfter = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_workflow_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "prot_case_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_case_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_case_attachments_prot_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prot_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prot_case_parties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_case_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_case_parties_prot_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prot_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prot_case_rights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RightType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NumberKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_case_rights", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_case_rights_prot_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "prot_cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prot_complaint_evidence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prot_complaint_evidence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_prot_complaint_evidence_prot_complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "prot_complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_prot_case_attachments_CaseId",
                table: "prot_case_attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_extensions_CaseId",
                table: "prot_case_extensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_parties_CaseId",
                table: "prot_case_parties",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_rights_CaseId",
                table: "prot_case_rights",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_rights_NumberKey",
                table: "prot_case_rights",
                column: "NumberKey");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_transfers_CaseId",
                table: "prot_case_transfers",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_case_transfers_ToOrganizationId",
                table: "prot_case_transfers",
                column: "ToOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_CaseNumber",
                table: "prot_cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_HandlingOrganizationId",
                table: "prot_cases",
                column: "HandlingOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_InfringerKey",
                table: "prot_cases",
                column: "InfringerKey");

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_OpenedAt",
                table: "prot_cases",
                column: "OpenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_RightNumberKey",
                table: "prot_cases",
                column: "RightNumberKey");

            migrationBuilder.CreateIndex(
                name: "IX_prot_cases_State_DueDate",
                table: "prot_cases",
                columns: new[] { "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_prot_complaint_evidence_ComplaintId",
                table: "prot_complaint_evidence",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_complaints_ReceiptNumber",
                table: "prot_complaints",
                column: "ReceiptNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_prot_complaints_Status",
                table: "prot_complaints",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_prot_complaints_SubmittedByOrganizationId",
                table: "prot_complaints",
                column: "SubmittedByOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_criminal_referrals_CaseId",
                table: "prot_criminal_referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_prot_criminal_referrals_ToOrganizationId",
                table: "prot_criminal_referrals",
                column: "ToOrganizationId");

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

            migrationBuilder.CreateIndex(
                name: "IX_prot_workflow_history_Workflow_SubjectId",
                table: "prot_workflow_history",
                columns: new[] { "Workflow", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "prot_case_attachments");

            migrationBuilder.DropTable(
                name: "prot_case_extensions");

            migrationBuilder.DropTable(
                name: "prot_case_parties");

            migrationBuilder.DropTable(
                name: "prot_case_rights");

            migrationBuilder.DropTable(
                name: "prot_case_transfers");

            migrationBuilder.DropTable(
                name: "prot_complaint_evidence");

            migrationBuilder.DropTable(
                name: "prot_criminal_referrals");

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
                name: "prot_workflow_history");

            migrationBuilder.DropTable(
                name: "prot_cases");

            migrationBuilder.DropTable(
                name: "prot_complaints");

            migrationBuilder.DropTable(
                name: "prot_customs_recordations");

            migrationBuilder.DropTable(
                name: "prot_platforms");
        }
    }
}
