using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DueDateRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ApprovedByName",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedByText",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // The approver as typed before approvals were made in the portal is kept, as history.
            migrationBuilder.Sql("UPDATE \"DueDateRevisions\" SET \"ApprovedByText\" = \"ApprovedBy\"");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "DueDateRevisions");

            migrationBuilder.AddColumn<string>(
                name: "ApprovedByUserId",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequestId",
                table: "DueDateRevisions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedByName",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedByUserId",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DueDateRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ActionId = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestedDueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionComment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DueDateRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DueDateRequests_ImprovementActions_ActionId",
                        column: x => x.ActionId,
                        principalTable: "ImprovementActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DueDateRevisions_RequestId",
                table: "DueDateRevisions",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_DueDateRequests_ActionId",
                table: "DueDateRequests",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_DueDateRequests_Decision_ActionId",
                table: "DueDateRequests",
                columns: new[] { "Decision", "ActionId" });

            migrationBuilder.AddForeignKey(
                name: "FK_DueDateRevisions_DueDateRequests_RequestId",
                table: "DueDateRevisions",
                column: "RequestId",
                principalTable: "DueDateRequests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_DueDateRevisions_DueDateRequests_RequestId",
                table: "DueDateRevisions");

            migrationBuilder.DropTable(
                name: "DueDateRequests");

            migrationBuilder.DropIndex(
                name: "IX_DueDateRevisions_RequestId",
                table: "DueDateRevisions");

            migrationBuilder.AddColumn<string>(
                name: "ApprovedBy",
                table: "DueDateRevisions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("UPDATE \"DueDateRevisions\" SET \"ApprovedBy\" = COALESCE(\"ApprovedByText\", \"ApprovedByName\", '')");

            migrationBuilder.DropColumn(
                name: "ApprovedByText",
                table: "DueDateRevisions");

            migrationBuilder.DropColumn(
                name: "ApprovedByName",
                table: "DueDateRevisions");

            migrationBuilder.DropColumn(
                name: "ApprovedByUserId",
                table: "DueDateRevisions");

            migrationBuilder.DropColumn(
                name: "RequestId",
                table: "DueDateRevisions");

            migrationBuilder.DropColumn(
                name: "RequestedByName",
                table: "DueDateRevisions");

            migrationBuilder.DropColumn(
                name: "RequestedByUserId",
                table: "DueDateRevisions");
        }
    }
}
