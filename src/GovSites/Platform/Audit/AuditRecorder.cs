using GovSites.Platform.Data;

namespace GovSites.Platform.Audit;

/// <summary>
/// Records events that change no record — sign-ins, failures, denials (DOMAIN.md §7) — in the audit chain.
/// Uses its own DbContext scope so a failed business save cannot take the record of the attempt with it.
/// </summary>
public sealed class AuditRecorder(IServiceScopeFactory scopes, IHttpContextAccessor accessor, TimeProvider time)
{
    public async Task RecordAsync(string action, string result, string? objectType = null, string? objectId = null, string? userName = null, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.From(accessor.HttpContext);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AuditChain.AppendAsync(
            db,
            [
                new AuditEntry
                {
                    At = time.GetUtcNow(),
                    AccountId = actor.AccountId,
                    UserName = userName ?? actor.UserName,
                    UnitId = actor.UnitId,
                    Action = action,
                    ObjectType = objectType,
                    ObjectId = objectId,
                    Result = result,
                    Address = actor.Address,
                    PreviousHash = string.Empty,
                    Hash = string.Empty,
                },
            ],
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
