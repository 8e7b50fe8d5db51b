namespace GovSites.Modules.Organization.Passwords;

/// <summary>A former password hash, kept so the last <see cref="PasswordPolicy.HistoryCount"/> cannot be reused.</summary>
public sealed class PasswordHistoryEntry
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
