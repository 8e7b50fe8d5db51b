using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovSites.Platform.Audit;

/// <summary>
/// Writes an audit entry for every added, changed or deleted record, in the same transaction as the
/// change (DOMAIN.md §7): the changes are captured before the save, and chained after it, when generated
/// ids are known. A save outside a transaction gets one, owned and committed here.
/// </summary>
public sealed class AuditInterceptor(IHttpContextAccessor accessor, TimeProvider time) : SaveChangesInterceptor
{
    /// <summary>Chinese text stays readable in the trail; HTML-significant characters are still escaped.</summary>
    internal static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Values of these properties never reach the audit trail, only the fact that they changed.</summary>
    private static readonly string[] SecretMarkers = ["Password", "SecurityStamp", "ConcurrencyStamp", "Token", "Secret"];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GovSitesDbContext db || db.AppendingAudit)
        {
            return result;
        }

        var changes = Capture(db.ChangeTracker);
        if (changes.Count > 0)
        {
            db.PendingAudit = changes;
            if (db.Database.CurrentTransaction is null)
            {
                db.OwnedAuditTransaction = await db.Database.BeginTransactionAsync(cancellationToken);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not GovSitesDbContext { AppendingAudit: false, PendingAudit: { } pending } db)
        {
            return result;
        }

        db.PendingAudit = null;
        var actor = AuditActor.From(accessor.HttpContext);
        var now = time.GetUtcNow();
        var entries = pending.Select(change => change.ToEntry(actor, now)).ToList();
        try
        {
            await AuditChain.AppendAsync(db, entries, cancellationToken);
            if (db.OwnedAuditTransaction is { } owned)
            {
                await owned.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await EndOwnedTransactionAsync(db);
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is GovSitesDbContext { AppendingAudit: false } db)
        {
            db.PendingAudit = null;
            await EndOwnedTransactionAsync(db);
        }
    }

    private static async Task EndOwnedTransactionAsync(GovSitesDbContext db)
    {
        if (db.OwnedAuditTransaction is { } owned)
        {
            db.OwnedAuditTransaction = null;
            await owned.DisposeAsync(); // rolls back unless committed
        }
    }

    private static List<AuditedChange> Capture(ChangeTracker tracker)
    {
        var changes = new List<AuditedChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.Entity is AuditEntry or AuditChainHead)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only.");
                }

                continue;
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && AuditedChange.From(entry, Mask) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes;
    }

    private static string? Mask(string property, object? value) =>
        SecretMarkers.Any(m => property.Contains(m, StringComparison.OrdinalIgnoreCase))
            ? (value is null ? null : "\"***\"")
            : JsonSerializer.Serialize(value, Json);

    internal static string? ToJson(Dictionary<string, object?> values) =>
        values.Count == 0 ? null : JsonSerializer.Serialize(values, Json);
}
