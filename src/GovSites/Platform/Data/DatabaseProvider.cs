namespace GovSites.Platform.Data;

/// <summary><c>GovSites:Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
