using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Replaces <see cref="PublishedArticle"/> rows after a swap. They are a cache of what the release holds, not
/// a record anyone edits, so they are written with plain SQL: the audit trail records the job and the release,
/// not thousands of list rows.
/// </summary>
public static class PublishedRows
{
    private const int RowsPerStatement = 100;

    public static async Task ReplaceAsync(GovSitesDbContext db, int siteId, IReadOnlyCollection<int>? articleIds, IReadOnlyList<PublishedArticle> rows, CancellationToken cancellationToken)
    {
        var existing = db.Set<PublishedArticle>().Where(p => p.SiteId == siteId);
        if (articleIds is not null)
        {
            existing = existing.Where(p => articleIds.Contains(p.ArticleId));
        }

        await existing.ExecuteDeleteAsync(cancellationToken);

        // SQLite stores times as ticks (a converter of the provider's context); raw SQL must store the same.
        var converter = db.Model.FindEntityType(typeof(PublishedArticle))!.FindProperty(nameof(PublishedArticle.PublishedAt))!.GetValueConverter();
        object Time(DateTimeOffset at) => converter?.ConvertToProvider(at) ?? at;
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var values = new List<string>();
            var parameters = new List<object>();
            foreach (var row in chunk)
            {
                var at = parameters.Count;
                values.Add("(" + string.Join(", ", Enumerable.Range(at, 9).Select(i => $"{{{i}}}")) + ")");
                parameters.AddRange([row.SiteId, row.ArticleId, row.ChannelId, row.Path, row.Title, Time(row.PublishedAt), row.Summary, row.CreditUnit, row.Files]);
            }

            var sql = "INSERT INTO \"PublishedArticle\" (\"SiteId\", \"ArticleId\", \"ChannelId\", \"Path\", \"Title\", \"PublishedAt\", \"Summary\", \"CreditUnit\", \"Files\") VALUES "
                + string.Join(", ", values);
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }
}
