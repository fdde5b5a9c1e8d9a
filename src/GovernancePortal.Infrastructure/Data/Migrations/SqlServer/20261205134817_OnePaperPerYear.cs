using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovernancePortal.Infrastructure.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OnePaperPerYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AnnualKey",
                table: "Papers",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            // Papers saved before the column existed: the AGS and the Code carry their kind, the others none.
            migrationBuilder.Sql("UPDATE \"Papers\" SET \"AnnualKey\" = \"Kind\" WHERE \"Kind\" IN ('AnnualGovernanceStatement', 'CodeOfGovernance')");

            migrationBuilder.CreateIndex(
                name: "IX_Papers_OrganisationId_Year_AnnualKey",
                table: "Papers",
                columns: new[] { "OrganisationId", "Year", "AnnualKey" },
                unique: true,
                filter: "[AnnualKey] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Papers_OrganisationId_Year_AnnualKey",
                table: "Papers");

            migrationBuilder.DropColumn(
                name: "AnnualKey",
                table: "Papers");
        }
    }
}
