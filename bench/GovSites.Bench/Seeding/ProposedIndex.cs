using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Bench.Seeding;

/// <summary>
/// --proposed-index: adds the index bench/README.md proposes for the unfiltered article list, to measure it
/// before anyone changes ArticleConfiguration and the migrations (which this benchmark must not do). The
/// same statement on both databases; what EF would generate for
/// <c>builder.HasIndex(a => new { a.UpdatedAt, a.Id })</c>.
/// </summary>
internal static class ProposedIndex
{
    public const string Statement = """CREATE INDEX "IX_Articles_UpdatedAt_Id" ON "Articles" ("UpdatedAt", "Id")""";

    public static async Task CreateAsync(GovSitesDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync(Statement);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("""ANALYZE "Articles" """);
        }
    }
}
