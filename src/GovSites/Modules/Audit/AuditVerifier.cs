using GovSites.Platform.Audit;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Audit;

/// <summary>
/// Walks the audit chain in order and recomputes every hash. The first entry whose sequence, previous
/// hash or own hash does not fit is the first broken link; everything from there on is suspect.
/// </summary>
public sealed class AuditVerifier(GovSitesDbContext db)
{
    private const int BatchSize = 2000;

    public sealed record Result(long Checked, long? FirstBrokenSequence, string? Reason)
    {
        public bool IsIntact => FirstBrokenSequence is null && Reason is null;
    }

    public async Task<Result> VerifyAsync(CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(e => e.Sequence >= expected)
                .OrderBy(e => e.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expected)
                {
                    return new Result(expected - 1, expected, $"缺少第 {expected} 条（下一条是第 {entry.Sequence} 条），日志可能被删除。");
                }

                if (entry.PreviousHash != previousHash)
                {
                    return new Result(expected - 1, expected, $"第 {expected} 条记录的“上一条哈希”与上一条不符，链条在此断开。");
                }

                if (AuditHash.Compute(entry) != entry.Hash)
                {
                    return new Result(expected - 1, expected, $"第 {expected} 条记录的内容与其哈希不符，内容可能被篡改。");
                }

                previousHash = entry.Hash;
                expected++;
            }

            if (batch.Count < BatchSize)
            {
                break;
            }
        }

        var head = await db.Set<AuditChainHead>().AsNoTracking().SingleAsync(cancellationToken);
        if (head.Sequence != expected - 1 || head.Hash != previousHash)
        {
            return new Result(expected - 1, expected, $"链尾记录为第 {head.Sequence} 条，但日志只连续到第 {expected - 1} 条，末尾的日志可能被删除。");
        }

        return new Result(expected - 1, null, null);
    }
}
