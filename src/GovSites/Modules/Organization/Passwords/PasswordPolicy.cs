namespace GovSites.Modules.Organization.Passwords;

/// <summary>
/// Password rules of DOMAIN.md §7 (等级保护 2.0 三级), bound from <c>GovSites:Security:Passwords</c>.
/// </summary>
public sealed class PasswordPolicy
{
    public int MinimumLength { get; set; } = 12;

    /// <summary>Of upper case, lower case, digits and symbols, at least this many kinds.</summary>
    public int RequiredCharacterClasses { get; set; } = 3;

    public int MaximumAgeDays { get; set; } = 90;

    /// <summary>The last N passwords cannot be reused.</summary>
    public int HistoryCount { get; set; } = 5;

    /// <summary>PBKDF2-HMAC-SHA512 iterations; DOMAIN.md §7 asks for at least 210,000.</summary>
    public int HashIterations { get; set; } = 210_000;

    /// <summary>Words a password may not contain besides the account name: the platform's and county's names.</summary>
    public List<string> ForbiddenWords { get; set; } = ["govsites", "shuangpai"];

    public int MaxFailedAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 30;
}
