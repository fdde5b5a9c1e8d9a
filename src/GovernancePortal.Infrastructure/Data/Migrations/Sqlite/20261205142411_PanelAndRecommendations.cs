using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PanelAndRecommendations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "PlanId",
                table: "ImportBatches",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "ImportBatches",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "AuditPanels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TermsOfReference = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditPanels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationSources_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationThemes_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsOnline = table.Column<bool>(type: "INTEGER", nullable: false),
                    NextMeetingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeldRecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HeldRecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMeetings_AuditPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "AuditPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AppointedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TermEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMembers_AuditPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "AuditPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelOrganisations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelOrganisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelOrganisations_AuditPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "AuditPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PanelOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SourceReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceReports_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SourceReports_RecommendationSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "RecommendationSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeetingAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attendance = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingAttendees_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PanelId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    RaisedAtMeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueMeetingId = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RespondedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RespondedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelActions_AuditPanels_PanelId",
                        column: x => x.PanelId,
                        principalTable: "AuditPanels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelActions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelActions_PanelMeetings_DueMeetingId",
                        column: x => x.DueMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelActions_PanelMeetings_RaisedAtMeetingId",
                        column: x => x.RaisedAtMeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelSnapshots",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AsAt = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 10000000, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelSnapshots_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelSnapshots_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ThemeId = table.Column<int>(type: "INTEGER", nullable: true),
                    DeliveryRoute = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DeliveryDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OwnerId = table.Column<int>(type: "INTEGER", nullable: true),
                    OwnerText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OriginalDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaisedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RaisedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ClosureEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ProposedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ProposedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovingBody = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Recommendations_People_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Recommendations_RecommendationThemes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "RecommendationThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Recommendations_SourceReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SourceReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PanelPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Edition = table.Column<int>(type: "INTEGER", nullable: false),
                    CorrectsId = table.Column<int>(type: "INTEGER", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SnapshotId = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelPublications_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelPublications_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelPublications_PanelPublications_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "PanelPublications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelPublications_PanelSnapshots_SnapshotId",
                        column: x => x.SnapshotId,
                        principalTable: "PanelSnapshots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PanelPublications_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationActionLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationActionLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationActionLinks_ImprovementActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationActionLinks_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationEvents_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PresentingOrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    PresentingOfficer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Organisations_PresentingOrganisationId",
                        column: x => x.PresentingOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AgendaItems_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AgendaItems_PanelPublications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "PanelPublications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AskedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AskedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AskedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperQuestions_PanelMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "PanelMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperQuestions_PanelPublications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "PanelPublications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperQuestions_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PublicationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedFiles_PanelPublications_PublicationId",
                        column: x => x.PublicationId,
                        principalTable: "PanelPublications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId",
                table: "AgendaItems",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PresentingOrganisationId",
                table: "AgendaItems",
                column: "PresentingOrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_PublicationId",
                table: "AgendaItems",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingAttendees_MeetingId",
                table: "MeetingAttendees",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelActions_DueMeetingId",
                table: "PanelActions",
                column: "DueMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelActions_OrganisationId",
                table: "PanelActions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelActions_PanelId_Number",
                table: "PanelActions",
                columns: new[] { "PanelId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelActions_RaisedAtMeetingId",
                table: "PanelActions",
                column: "RaisedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelMeetings_PanelId_Date",
                table: "PanelMeetings",
                columns: new[] { "PanelId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_PanelMembers_PanelId",
                table: "PanelMembers",
                column: "PanelId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelOrganisations_OrganisationId",
                table: "PanelOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelOrganisations_PanelId_OrganisationId",
                table: "PanelOrganisations",
                columns: new[] { "PanelId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelPublications_CorrectsId",
                table: "PanelPublications",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelPublications_MeetingId_Sequence_Edition",
                table: "PanelPublications",
                columns: new[] { "MeetingId", "Sequence", "Edition" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelPublications_OrganisationId",
                table: "PanelPublications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelPublications_PaperId",
                table: "PanelPublications",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelPublications_SnapshotId",
                table: "PanelPublications",
                column: "SnapshotId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelSnapshots_MeetingId",
                table: "PanelSnapshots",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelSnapshots_OrganisationId_MeetingId",
                table: "PanelSnapshots",
                columns: new[] { "OrganisationId", "MeetingId" });

            migrationBuilder.CreateIndex(
                name: "IX_PaperQuestions_MeetingId",
                table: "PaperQuestions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperQuestions_PaperId",
                table: "PaperQuestions",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperQuestions_PublicationId",
                table: "PaperQuestions",
                column: "PublicationId");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedFiles_PublicationId_Format",
                table: "PublishedFiles",
                columns: new[] { "PublicationId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationActionLinks_ActionId",
                table: "RecommendationActionLinks",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationActionLinks_RecommendationId_ActionId",
                table: "RecommendationActionLinks",
                columns: new[] { "RecommendationId", "ActionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationEvents_RecommendationId",
                table: "RecommendationEvents",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_OrganisationId_Status",
                table: "Recommendations",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_OwnerId",
                table: "Recommendations",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ReportId_Reference",
                table: "Recommendations",
                columns: new[] { "ReportId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ThemeId",
                table: "Recommendations",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationSources_OrganisationId_Name",
                table: "RecommendationSources",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationThemes_OrganisationId_Name",
                table: "RecommendationThemes",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceReports_OrganisationId_SourceId",
                table: "SourceReports",
                columns: new[] { "OrganisationId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceReports_SourceId",
                table: "SourceReports",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "MeetingAttendees");

            migrationBuilder.DropTable(
                name: "PanelActions");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "PanelOrganisations");

            migrationBuilder.DropTable(
                name: "PaperQuestions");

            migrationBuilder.DropTable(
                name: "PublishedFiles");

            migrationBuilder.DropTable(
                name: "RecommendationActionLinks");

            migrationBuilder.DropTable(
                name: "RecommendationEvents");

            migrationBuilder.DropTable(
                name: "PanelPublications");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "PanelSnapshots");

            migrationBuilder.DropTable(
                name: "RecommendationThemes");

            migrationBuilder.DropTable(
                name: "SourceReports");

            migrationBuilder.DropTable(
                name: "PanelMeetings");

            migrationBuilder.DropTable(
                name: "RecommendationSources");

            migrationBuilder.DropTable(
                name: "AuditPanels");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "ImportBatches");

            migrationBuilder.AlterColumn<int>(
                name: "PlanId",
                table: "ImportBatches",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
