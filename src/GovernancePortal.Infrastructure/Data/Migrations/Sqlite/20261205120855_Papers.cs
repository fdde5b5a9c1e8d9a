using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Papers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditOpinions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GivenBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditOpinions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditOpinions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GlossaryEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Acronym = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Definition = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GlossaryEntries_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Papers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Subtitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProtectiveMarking = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MeetingName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MeetingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReportBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImprovementPlanId = table.Column<int>(type: "INTEGER", nullable: true),
                    PreviousReportOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApprovedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Papers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Papers_ImprovementPlans_ImprovementPlanId",
                        column: x => x.ImprovementPlanId,
                        principalTable: "ImprovementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Papers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PaperTemplates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperTemplates_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditRecommendations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OpinionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ManagementResponse = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditRecommendations_AuditOpinions_OpinionId",
                        column: x => x.OpinionId,
                        principalTable: "AuditOpinions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperAppendices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CoverPaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppendedPaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperAppendices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperAppendices_Papers_AppendedPaperId",
                        column: x => x.AppendedPaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PaperAppendices_Papers_CoverPaperId",
                        column: x => x.CoverPaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperControlEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperControlEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperControlEntries_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Elements = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    NumberParagraphs = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperSections_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperSignatories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperSignatories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperSignatories_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Change = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SavedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperVersions_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TemplateId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Heading = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Elements = table.Column<int>(type: "INTEGER", maxLength: 40, nullable: false),
                    NumberParagraphs = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultText = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TemplateSections_PaperTemplates_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "PaperTemplates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaperComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PaperId = table.Column<int>(type: "INTEGER", nullable: false),
                    SectionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ResolvedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaperComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaperComments_PaperSections_SectionId",
                        column: x => x.SectionId,
                        principalTable: "PaperSections",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PaperComments_Papers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "Papers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditOpinions_OrganisationId_Year",
                table: "AuditOpinions",
                columns: new[] { "OrganisationId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecommendations_OpinionId",
                table: "AuditRecommendations",
                column: "OpinionId");

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryEntries_OrganisationId_Acronym",
                table: "GlossaryEntries",
                columns: new[] { "OrganisationId", "Acronym" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperAppendices_AppendedPaperId",
                table: "PaperAppendices",
                column: "AppendedPaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperAppendices_CoverPaperId_AppendedPaperId",
                table: "PaperAppendices",
                columns: new[] { "CoverPaperId", "AppendedPaperId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperComments_PaperId",
                table: "PaperComments",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperComments_SectionId",
                table: "PaperComments",
                column: "SectionId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperControlEntries_PaperId",
                table: "PaperControlEntries",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_ImprovementPlanId",
                table: "Papers",
                column: "ImprovementPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_OrganisationId_Kind_Year",
                table: "Papers",
                columns: new[] { "OrganisationId", "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PaperSections_PaperId",
                table: "PaperSections",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperSignatories_PaperId",
                table: "PaperSignatories",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_PaperTemplates_OrganisationId_Kind",
                table: "PaperTemplates",
                columns: new[] { "OrganisationId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaperVersions_PaperId_Number",
                table: "PaperVersions",
                columns: new[] { "PaperId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TemplateSections_TemplateId",
                table: "TemplateSections",
                column: "TemplateId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditRecommendations");

            migrationBuilder.DropTable(
                name: "GlossaryEntries");

            migrationBuilder.DropTable(
                name: "PaperAppendices");

            migrationBuilder.DropTable(
                name: "PaperComments");

            migrationBuilder.DropTable(
                name: "PaperControlEntries");

            migrationBuilder.DropTable(
                name: "PaperSignatories");

            migrationBuilder.DropTable(
                name: "PaperVersions");

            migrationBuilder.DropTable(
                name: "TemplateSections");

            migrationBuilder.DropTable(
                name: "AuditOpinions");

            migrationBuilder.DropTable(
                name: "PaperSections");

            migrationBuilder.DropTable(
                name: "PaperTemplates");

            migrationBuilder.DropTable(
                name: "Papers");
        }
    }
}
