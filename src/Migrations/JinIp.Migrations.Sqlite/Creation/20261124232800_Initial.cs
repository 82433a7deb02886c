using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JinIp.Migrations.Sqlite.Creation
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "crea_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PausedWorkingDaysLeft = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicantUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    WorkType = table.Column<int>(type: "INTEGER", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletionPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstPublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstPublicationPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RightAcquisition = table.Column<int>(type: "INTEGER", nullable: true),
                    DeclarationAccepted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CorrectionRequest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RegistrationNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    RegistrationYear = table.Column<int>(type: "INTEGER", nullable: true),
                    RegistrationSerial = table.Column<long>(type: "INTEGER", nullable: true),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crea_registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crea_serials",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSerial = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crea_serials", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "crea_workflow_history",
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
                    table.PrimaryKey("PK_crea_workflow_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crea_authors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crea_authors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crea_authors_crea_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "crea_registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crea_owners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentType = table.Column<int>(type: "INTEGER", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crea_owners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crea_owners_crea_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "crea_registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crea_samples",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crea_samples", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crea_samples_crea_registrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "crea_registrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_crea_authors_RegistrationId",
                table: "crea_authors",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_crea_owners_RegistrationId",
                table: "crea_owners",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_crea_registrations_OwnerOrganizationId",
                table: "crea_registrations",
                column: "OwnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_crea_registrations_RegistrationNumber",
                table: "crea_registrations",
                column: "RegistrationNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crea_registrations_RegistrationYear_RegistrationSerial",
                table: "crea_registrations",
                columns: new[] { "RegistrationYear", "RegistrationSerial" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crea_registrations_State_DueDate",
                table: "crea_registrations",
                columns: new[] { "State", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_crea_samples_RegistrationId",
                table: "crea_samples",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_crea_workflow_history_Workflow_SubjectId",
                table: "crea_workflow_history",
                columns: new[] { "Workflow", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "crea_authors");

            migrationBuilder.DropTable(
                name: "crea_owners");

            migrationBuilder.DropTable(
                name: "crea_samples");

            migrationBuilder.DropTable(
                name: "crea_serials");

            migrationBuilder.DropTable(
                name: "crea_workflow_history");

            migrationBuilder.DropTable(
                name: "crea_registrations");
        }
    }
}
