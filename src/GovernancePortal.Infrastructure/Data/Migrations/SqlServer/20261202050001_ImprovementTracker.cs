using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ImprovementTracker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RagRule",
                table: "Organisations",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "{\"amberWhenRevised\":true,\"amberWhenAtRisk\":true,\"amberWithinDaysOfDue\":0,\"redAfterDaysOverdue\":0}");

            migrationBuilder.AddColumn<int>(
                name: "UpdateWindowDays",
                table: "Organisations",
                type: "int",
                nullable: false,
                defaultValue: 30);

            migrationBuilder.AddColumn<int>(
                name: "PreviousPlanId",
                table: "ImprovementPlans",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedSummary",
                table: "ImprovementPlans",
                type: "nvarchar(max)",
                maxLength: 100000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ImprovementPlans",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Active");

            migrationBuilder.AddColumn<int>(
                name: "PrincipleId",
                table: "ImprovementAreas",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CalculatedRag",
                table: "ImprovementActions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedForwardFromId",
                table: "ImprovementActions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClosureNote",
                table: "ImprovementActions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "ImprovementActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OwnerReportsAtRisk",
                table: "ImprovementActions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ProgressAsAt",
                table: "ImprovementActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RagCalculatedOn",
                table: "ImprovementActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RagOverriddenAtUtc",
                table: "ImprovementActions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RagOverriddenByName",
                table: "ImprovementActions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RagOverride",
                table: "ImprovementActions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RagOverrideRationale",
                table: "ImprovementActions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RevisionCount",
                table: "ImprovementActions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "ImprovementActions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceReference",
                table: "ImprovementActions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "UpdateRequestedBy",
                table: "ImprovementActions",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ActionUpdates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ActionId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Assessment = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SubmittedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    SubmittedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Review = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReviewedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionUpdates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionUpdates_ImprovementActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AreaAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AreaId = table.Column<int>(type: "int", nullable: false),
                    Period = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AsAt = table.Column<DateOnly>(type: "date", nullable: true),
                    Assessment = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(max)", maxLength: 100000, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AreaAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AreaAssessments_ImprovementAreas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "ImprovementAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DueDateRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ActionId = table.Column<int>(type: "int", nullable: false),
                    PreviousDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NewDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ApprovedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDateRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DueDateRevisions_ImprovementActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OrganisationId = table.Column<int>(type: "int", nullable: false),
                    PlanId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Content = table.Column<byte[]>(type: "varbinary(max)", maxLength: 5242880, nullable: false),
                    Mapping = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TotalRows = table.Column<int>(type: "int", nullable: false),
                    ProcessedRows = table.Column<int>(type: "int", nullable: false),
                    ErrorCount = table.Column<int>(type: "int", nullable: false),
                    Report = table.Column<string>(type: "nvarchar(max)", maxLength: 1000000, nullable: true),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UploadedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportBatches_ImprovementPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "ImprovementPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImprovementAreaGovernanceAreas",
                columns: table => new
                {
                    GovernanceAreasId = table.Column<int>(type: "int", nullable: false),
                    ImprovementAreaId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImprovementAreaGovernanceAreas", x => new { x.GovernanceAreasId, x.ImprovementAreaId });
                    table.ForeignKey(
                        name: "FK_ImprovementAreaGovernanceAreas_GovernanceAreas_GovernanceAreasId",
                        column: x => x.GovernanceAreasId,
                        principalTable: "GovernanceAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ImprovementAreaGovernanceAreas_ImprovementAreas_ImprovementAreaId",
                        column: x => x.ImprovementAreaId,
                        principalTable: "ImprovementAreas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "Organisations",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "RagRule", "UpdateWindowDays" },
                values: new object[] { "{\"amberWhenRevised\":true,\"amberWhenAtRisk\":true,\"amberWithinDaysOfDue\":0,\"redAfterDaysOverdue\":0}", 30 });

            migrationBuilder.UpdateData(
                table: "Organisations",
                keyColumn: "Id",
                keyValue: 2,
                columns: new[] { "RagRule", "UpdateWindowDays" },
                values: new object[] { "{\"amberWhenRevised\":true,\"amberWhenAtRisk\":true,\"amberWithinDaysOfDue\":0,\"redAfterDaysOverdue\":0}", 30 });

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementPlans_PreviousPlanId",
                table: "ImprovementPlans",
                column: "PreviousPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementAreas_PrincipleId",
                table: "ImprovementAreas",
                column: "PrincipleId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementActions_CarriedForwardFromId",
                table: "ImprovementActions",
                column: "CarriedForwardFromId",
                unique: true,
                filter: "[CarriedForwardFromId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_ActionId",
                table: "ActionUpdates",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionUpdates_Review_ActionId",
                table: "ActionUpdates",
                columns: new[] { "Review", "ActionId" });

            migrationBuilder.CreateIndex(
                name: "IX_AreaAssessments_AreaId",
                table: "AreaAssessments",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_DueDateRevisions_ActionId",
                table: "DueDateRevisions",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_OrganisationId_Status",
                table: "ImportBatches",
                columns: new[] { "OrganisationId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatches_PlanId",
                table: "ImportBatches",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_ImprovementAreaGovernanceAreas_ImprovementAreaId",
                table: "ImprovementAreaGovernanceAreas",
                column: "ImprovementAreaId");

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementActions_ImprovementActions_CarriedForwardFromId",
                table: "ImprovementActions",
                column: "CarriedForwardFromId",
                principalTable: "ImprovementActions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementAreas_Principles_PrincipleId",
                table: "ImprovementAreas",
                column: "PrincipleId",
                principalTable: "Principles",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_ImprovementPlans_ImprovementPlans_PreviousPlanId",
                table: "ImprovementPlans",
                column: "PreviousPlanId",
                principalTable: "ImprovementPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementActions_ImprovementActions_CarriedForwardFromId",
                table: "ImprovementActions");

            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementAreas_Principles_PrincipleId",
                table: "ImprovementAreas");

            migrationBuilder.DropForeignKey(
                name: "FK_ImprovementPlans_ImprovementPlans_PreviousPlanId",
                table: "ImprovementPlans");

            migrationBuilder.DropTable(
                name: "ActionUpdates");

            migrationBuilder.DropTable(
                name: "AreaAssessments");

            migrationBuilder.DropTable(
                name: "DueDateRevisions");

            migrationBuilder.DropTable(
                name: "ImportBatches");

            migrationBuilder.DropTable(
                name: "ImprovementAreaGovernanceAreas");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementPlans_PreviousPlanId",
                table: "ImprovementPlans");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementAreas_PrincipleId",
                table: "ImprovementAreas");

            migrationBuilder.DropIndex(
                name: "IX_ImprovementActions_CarriedForwardFromId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagRule",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "UpdateWindowDays",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "PreviousPlanId",
                table: "ImprovementPlans");

            migrationBuilder.DropColumn(
                name: "ReportedSummary",
                table: "ImprovementPlans");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ImprovementPlans");

            migrationBuilder.DropColumn(
                name: "PrincipleId",
                table: "ImprovementAreas");

            migrationBuilder.DropColumn(
                name: "CalculatedRag",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "CarriedForwardFromId",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ClosureNote",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "OwnerReportsAtRisk",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "ProgressAsAt",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagCalculatedOn",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagOverriddenAtUtc",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagOverriddenByName",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagOverride",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RagOverrideRationale",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "RevisionCount",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "SourceReference",
                table: "ImprovementActions");

            migrationBuilder.DropColumn(
                name: "UpdateRequestedBy",
                table: "ImprovementActions");
        }
    }
}
