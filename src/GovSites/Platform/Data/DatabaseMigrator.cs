using Microsoft.EntityFrameworkCore;

namespace GovSites.Platform.Data;

/// <summary>Applies pending migrations; on SQLite it also puts the file in WAL mode (persistent).</summary>
public sealed class DatabaseMigrator(GovSitesDbContext db, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
        }

        await db.Database.MigrateAsync(cancellationToken);
        await ProtectAuditTrailAsync(cancellationToken);
    }

    /// <summary>
    /// The audit trail is append-only in the database itself, not only in the application: triggers refuse
    /// UPDATE and DELETE of audit entries (DOMAIN.md §7). Created here, idempotently, because migrations are
    /// generated and never hand-edited.
    /// </summary>
    private async Task ProtectAuditTrailAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoUpdate" BEFORE UPDATE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                CREATE TRIGGER IF NOT EXISTS "AuditEntries_NoDelete" BEFORE DELETE ON "AuditEntries"
                BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END;
                """,
                cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE OR REPLACE FUNCTION govsites_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END; $$;
                DROP TRIGGER IF EXISTS "AuditEntries_AppendOnly" ON "AuditEntries";
                CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE OR TRUNCATE ON "AuditEntries"
                FOR EACH STATEMENT EXECUTE FUNCTION govsites_audit_append_only();
                """,
                cancellationToken);
        }
    }
}
