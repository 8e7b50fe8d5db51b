using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace GovSites.Modules.Content.Html;

/// <summary>
/// The allowed video hosts from the database, cached for a minute: every body save asks for them. The
/// admin page calls <see cref="Forget"/> after a change, so this node sees it at once; other nodes within
/// the minute.
/// </summary>
public sealed class VideoHostList(GovSitesDbContext db, IMemoryCache cache) : IVideoHostList
{
    private const string Key = "GovSites.Content.VideoHosts";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyCollection<string>> GetAsync() =>
        await cache.GetOrCreateAsync(Key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Lifetime;
            var hosts = await db.Set<AllowedVideoHost>().AsNoTracking().OrderBy(h => h.Host).Select(h => h.Host).ToListAsync();
            return (IReadOnlyCollection<string>)hosts.AsReadOnly();
        }) ?? [];

    public void Forget() => cache.Remove(Key);
}
