using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace JinIp.Migrations.Postgres.Registries
{
    /// <inheritdoc />
    public partial class InitialRegistries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "reg_copyright_stations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HostOrganization = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_copyright_stations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_geographic_indications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Holder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RegistrationNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ApprovedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ProtectedArea = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_geographic_indications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_plant_varieties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VarietyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Crop = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Breeder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ApplicationNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ApplicationDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    GrantNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    GrantDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_plant_varieties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_time_honored_applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PausedWorkingDaysLeft = table.Column<int>(type: "integer", nullable: true),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerOrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    ApplicantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FoundedYear = table.Column<int>(type: "integer", nullable: false),
                    Trademarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    History = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpertUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ExpertName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ScoresJson = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ScoreTotal = table.Column<int>(type: "integer", nullable: true),
                    ExpertComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NoticeStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    BrandRecordId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_time_honored_applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_time_honored_brands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Brand = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnterpriseName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    FoundedYear = table.Column<int>(type: "integer", nullable: false),
                    Batch = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Trademarks = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_time_honored_brands", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_well_known_marks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Mark = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OwnerCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    NiceClasses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecognizedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_well_known_marks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_workflow_history",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Workflow = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Transition = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    FromState = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ToState = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    DueDateAfter = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_workflow_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reg_station_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StationId = table.Column<Guid>(type: "uuid", nullable: false),
                    StationName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Client = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_station_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_station_services_reg_copyright_stations_StationId",
                        column: x => x.StationId,
                        principalTable: "reg_copyright_stations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reg_gi_producers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    GeographicIndicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    GiName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GiKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Producer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    AuthorizedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_gi_producers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_gi_producers_reg_geographic_indications_GeographicIndic~",
                        column: x => x.GeographicIndicationId,
                        principalTable: "reg_geographic_indications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reg_time_honored_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_time_honored_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_time_honored_attachments_reg_time_honored_applications_~",
                        column: x => x.ApplicationId,
                        principalTable: "reg_time_honored_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reg_time_honored_objections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Objector = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reg_time_honored_objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_reg_time_honored_objections_reg_time_honored_applications_A~",
                        column: x => x.ApplicationId,
                        principalTable: "reg_time_honored_applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_reg_copyright_stations_Name",
                table: "reg_copyright_stations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_reg_geographic_indications_Name_Kind",
                table: "reg_geographic_indications",
                columns: new[] { "Name", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_reg_gi_producers_GeographicIndicationId",
                table: "reg_gi_producers",
                column: "GeographicIndicationId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_plant_varieties_ApplicationNumber",
                table: "reg_plant_varieties",
                column: "ApplicationNumber");

            migrationBuilder.CreateIndex(
                name: "IX_reg_station_services_StationId",
                table: "reg_station_services",
                column: "StationId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_time_honored_applications_OwnerOrganizationId",
                table: "reg_time_honored_applications",
                column: "OwnerOrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_time_honored_applications_State",
                table: "reg_time_honored_applications",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_reg_time_honored_attachments_ApplicationId",
                table: "reg_time_honored_attachments",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_time_honored_brands_Brand",
                table: "reg_time_honored_brands",
                column: "Brand");

            migrationBuilder.CreateIndex(
                name: "IX_reg_time_honored_objections_ApplicationId",
                table: "reg_time_honored_objections",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_reg_well_known_marks_Mark",
                table: "reg_well_known_marks",
                column: "Mark");

            migrationBuilder.CreateIndex(
                name: "IX_reg_workflow_history_Workflow_SubjectId",
                table: "reg_workflow_history",
                columns: new[] { "Workflow", "SubjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reg_gi_producers");

            migrationBuilder.DropTable(
                name: "reg_plant_varieties");

            migrationBuilder.DropTable(
                name: "reg_station_services");

            migrationBuilder.DropTable(
                name: "reg_time_honored_attachments");

            migrationBuilder.DropTable(
                name: "reg_time_honored_brands");

            migrationBuilder.DropTable(
                name: "reg_time_honored_objections");

            migrationBuilder.DropTable(
                name: "reg_well_known_marks");

            migrationBuilder.DropTable(
                name: "reg_workflow_history");

            migrationBuilder.DropTable(
                name: "reg_geographic_indications");

            migrationBuilder.DropTable(
                name: "reg_copyright_stations");

            migrationBuilder.DropTable(
                name: "reg_time_honored_applications");
        }
    }
}
