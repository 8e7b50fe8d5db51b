using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GovSites.Platform.Data;

/// <summary>
/// <c>synchronous</c> is a per-connection setting: FULL makes a committed transaction survive a power
/// cut in WAL mode (NORMAL may lose the last commits). WAL itself is set once on the file at migration.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
