using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.SqlServer
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ApprovedByText",
                table: "DueDateRevisions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            // The approver as typed before approvals were made in the portal is kept, as history.
            // In EXEC: the idempotent script compiles a migration as one batch, before the new column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [DueDateRevisions] SET [ApprovedByText] = [ApprovedBy]')");

            migrationBuilder.DropColumn(
                name: "ApprovedBy",
                table: "DueDateRevisions");

            migrationBuilder.AddColumn<string>(
                name: "ApprovedByUserId",
                table: "DueDateRevisions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RequestId",
                table: "DueDateRevisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedByName",
                table: "DueDateRevisions",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequestedByUserId",
                table: "DueDateRevisions",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DueDateRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ActionId = table.Column<int>(type: "int", nullable: false),
                    CurrentDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestedDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecisionComment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql("EXEC(N'UPDATE [DueDateRevisions] SET [ApprovedBy] = COALESCE([ApprovedByText], [ApprovedByName], '''')')");

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
