using System.Collections.Frozen;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Publishing.Serving;

/// <summary>
/// Host name → site key, from the sites' domains, kept in memory. It is read again in the background after
/// <see cref="ServingOptions.HostRefreshInterval"/> (requests meanwhile use the table they have, so the public
/// sites stay up while the database is down) and at once after <see cref="Invalidate"/>.
/// </summary>
internal sealed class SiteHosts(IServiceScopeFactory scopes, IOptions<ServingOptions> options, ILogger<SiteHosts> logger)
{
    private static readonly FrozenDictionary<string, string> Empty = FrozenDictionary<string, string>.Empty;

    private readonly long refreshInterval = (long)options.Value.HostRefreshInterval.TotalMilliseconds;
    private volatile Table? table;
    private int refreshing;

    /// <summary>Makes the next request read the domains again (after a site's domains changed).</summary>
    public void Invalidate() => table = null;

    /// <summary>The site a Host header names (its port ignored), or null.</summary>
    public async ValueTask<string?> SiteForAsync(string? hostHeader)
    {
        var current = table;
        if (current is null)
        {
            current = await LoadAsync();
        }
        else if (Environment.TickCount64 - current.LoadedAt > refreshInterval && Interlocked.Exchange(ref refreshing, 1) == 0)
        {
            _ = Task.Run(LoadAsync);
        }

        var host = HostOf(hostHeader);
        return host.IsEmpty || current.Sites.Count == 0 || !current.Lookup.TryGetValue(host, out var key) ? null : key;
    }

    private static ReadOnlySpan<char> HostOf(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return default;
        }

        var span = header.AsSpan();
        var colon = span.LastIndexOf(':');
        // "[::1]:80" and "[::1]" are addresses, which no site has as its domain.
        return colon >= 0 && span.IndexOf(']') < colon ? span[..colon] : span;
    }

    private async Task<Table> LoadAsync()
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
            var rows = await db.Sites.AsNoTracking()
                .SelectMany(s => s.Domains, (s, d) => new { d.Host, s.Key })
                .ToListAsync();
            var byHost = rows
                .DistinctBy(r => r.Host.Trim().TrimEnd('.').ToLowerInvariant())
                .ToFrozenDictionary(r => r.Host.Trim().TrimEnd('.'), r => r.Key, StringComparer.OrdinalIgnoreCase);
            var fresh = new Table(byHost);
            table = fresh;
            return fresh;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The database is down: keep the table we had, try again after the interval.
            logger.LogWarning(e, "Could not read the sites' domains; serving by host name uses the last known table.");
            var kept = new Table(table?.Sites ?? Empty);
            table = kept;
            return kept;
        }
        finally
        {
            Volatile.Write(ref refreshing, 0);
        }
    }

    private sealed class Table(FrozenDictionary<string, string> sites)
    {
        public FrozenDictionary<string, string> Sites { get; } = sites;

        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = sites.GetAlternateLookup<ReadOnlySpan<char>>();

        public long LoadedAt { get; } = Environment.TickCount64;
    }
}
