using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Platform.Audit;

/// <summary>
/// Appends entries to the chain inside the caller's transaction. The first statement updates the chain's
/// head row, which takes a write lock on every database, so appends are serialised and the sequence has
/// no gaps; the lock is held until the transaction commits.
/// </summary>
public static class AuditChain
{
    public static async Task AppendAsync(GovSitesDbContext db, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditChainHead\" SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = 1", cancellationToken);
        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(h => h.Id == 1, cancellationToken);
        var (sequence, hash) = (head.Sequence, head.Hash);
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.At = AuditHash.Truncate(entry.At);
            entry.PreviousHash = hash;
            entry.Hash = hash = AuditHash.Compute(entry);
        }

        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditChainHead\" SET \"Sequence\" = {sequence}, \"Hash\" = {hash} WHERE \"Id\" = 1", cancellationToken);
        db.AppendingAudit = true;
        try
        {
            db.Set<AuditEntry>().AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.AppendingAudit = false;
        }
    }
}
