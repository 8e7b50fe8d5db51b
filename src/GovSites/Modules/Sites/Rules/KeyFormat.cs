namespace GovSites.Modules.Sites.Rules;

/// <summary>
/// Keys of sites and channels become parts of addresses (<c>/sites/{site}/{channel}/</c>), so they are
/// restricted to what reads well in a URL and in a folder name on any file system.
/// </summary>
public static class KeyFormat
{
    public const int MinLength = 2;
    public const int MaxLength = 40;

    /// <summary>The portal's key is fixed (DESIGN.md, stable contracts: <c>/sites/portal/</c>).</summary>
    public const string PortalKey = "portal";

    public static bool IsValid(string? key) =>
        key is { Length: >= MinLength and <= MaxLength } && key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
