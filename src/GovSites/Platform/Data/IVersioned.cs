namespace GovSites.Platform.Data;

/// <summary>
/// A record edited through forms. <see cref="Version"/> is the optimistic concurrency token:
/// <see cref="GovSitesDbContext"/> increments it on every update, and a save that started from an
/// older version fails with <c>DbUpdateConcurrencyException</c> instead of overwriting.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
