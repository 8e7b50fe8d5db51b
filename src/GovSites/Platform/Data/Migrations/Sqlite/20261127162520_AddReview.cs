using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovSites.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Review",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    RevisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedById = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AllowSelfApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentStep = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Review", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Review_Accounts_SubmittedById",
                        column: x => x.SubmittedById,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Review_ArticleRevision_RevisionId",
                        column: x => x.RevisionId,
                        principalTable: "ArticleRevision",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Review_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewChain",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<int>(type: "INTEGER", nullable: false),
                    ChannelId = table.Column<int>(type: "INTEGER", nullable: true),
                    AllowSelfApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedById = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewChain", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewDecision",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    StepOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    StepName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AccountId = table.Column<int>(type: "INTEGER", nullable: false),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Decision = table.Column<int>(type: "INTEGER", nullable: false),
                    Opinion = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewDecision", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewDecision_Accounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "Accounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewDecision_Review_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Review",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AccountIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewStep_Review_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Review",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewChainStep",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChainId = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    AccountIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewChainStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewChainStep_ReviewChain_ChainId",
                        column: x => x.ChainId,
                        principalTable: "ReviewChain",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Review_ArticleId_SubmittedAt",
                table: "Review",
                columns: new[] { "ArticleId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Review_RevisionId",
                table: "Review",
                column: "RevisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Review_State_UnitId_SubmittedAt",
                table: "Review",
                columns: new[] { "State", "UnitId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Review_SubmittedById",
                table: "Review",
                column: "SubmittedById");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChain_SiteId",
                table: "ReviewChain",
                column: "SiteId",
                unique: true,
                filter: "\"ChannelId\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChain_SiteId_ChannelId",
                table: "ReviewChain",
                columns: new[] { "SiteId", "ChannelId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewChainStep_ChainId_Order",
                table: "ReviewChainStep",
                columns: new[] { "ChainId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecision_AccountId",
                table: "ReviewDecision",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewDecision_ReviewId",
                table: "ReviewDecision",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewStep_ReviewId_Order",
                table: "ReviewStep",
                columns: new[] { "ReviewId", "Order" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReviewChainStep");

            migrationBuilder.DropTable(
                name: "ReviewDecision");

            migrationBuilder.DropTable(
                name: "ReviewStep");

            migrationBuilder.DropTable(
                name: "ReviewChain");

            migrationBuilder.DropTable(
                name: "Review");
        }
    }
}
