namespace GovSites.Modules.Publishing;

/// <summary>版本发布: one release folder of a site that went live (the folder itself is the truth; this row is its record).</summary>
public sealed class Release
{
    public int Id { get; set; }

    public int SiteId { get; set; }

    /// <summary>The folder <c>{number:D6}</c>; increasing per site.</summary>
    public int Number { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A full rebuild (every page rendered), as opposed to an incremental one or a rollback.</summary>
    public bool Full { get; set; }

    public int FileCount { get; set; }

    public required string ThemeFingerprint { get; set; }
}
