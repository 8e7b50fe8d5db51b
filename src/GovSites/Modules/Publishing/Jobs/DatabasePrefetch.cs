using GovSites.Modules.Publishing.Releases;
using GovSites.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Publishing.Jobs;

/// <summary>
/// Before a full rebuild of every site, asks the kernel to read the embedded database file into memory, in
/// the background. The rebuild reads nearly every page of it; cold, SQLite fetches them one at a time in
/// index order and the renderers wait on each read, while the kernel reads the whole file in large sequential
/// requests in a fraction of that time, during the command's own start-up. Only for SQLite (PostgreSQL's files
/// are another process's, usually on another machine), on Linux, and only for a file that fits comfortably in
/// memory.
/// </summary>
public static class DatabasePrefetch
{
    private const long Chunk = 8L << 20;

    /// <summary>Starts the read-ahead and returns at once; what it could not do it leaves undone, silently.</summary>
    public static void Start(GovSitesDbContext db, ILogger logger)
    {
        if (!OperatingSystem.IsLinux() || !db.Database.IsSqlite())
        {
            return;
        }

        var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || !File.Exists(path))
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                using var file = File.OpenHandle(path);
                var length = RandomAccess.GetLength(file);
                if (length > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4)
                {
                    logger.LogInformation("The database file ({Length} bytes) is over a quarter of memory: not read ahead.", length);
                    return;
                }

                // One request per chunk: a single request for the whole file is cut short by the kernel.
                for (long offset = 0; offset < length; offset += Chunk)
                {
                    Libc.AdviseWillNeed(file, offset, Math.Min(Chunk, length - offset));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogDebug(e, "Prefetching the database file failed; the rebuild reads it as it goes.");
            }
        });
    }
}
