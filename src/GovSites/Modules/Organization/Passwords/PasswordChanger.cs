using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace GovSites.Modules.Organization.Passwords;

/// <summary>Sets a password and keeps the former hash in the history, in one save.</summary>
public sealed class PasswordChanger(UserManager<Account> users, GovSitesDbContext db, TimeProvider time)
{
    public async Task<IdentityResult> ChangeAsync(Account account, string currentPassword, string newPassword)
    {
        var formerHash = account.PasswordHash;
        var result = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        return result.Succeeded ? await RecordAsync(account, formerHash) : result;
    }

    /// <summary>Sets a password without the current one (an administrator's reset).</summary>
    public async Task<IdentityResult> ResetAsync(Account account, string newPassword)
    {
        var formerHash = account.PasswordHash;
        var token = await users.GeneratePasswordResetTokenAsync(account);
        var result = await users.ResetPasswordAsync(account, token, newPassword);
        return result.Succeeded ? await RecordAsync(account, formerHash) : result;
    }

    private async Task<IdentityResult> RecordAsync(Account account, string? formerHash)
    {
        var now = time.GetUtcNow();
        if (formerHash is not null)
        {
            db.Set<PasswordHistoryEntry>().Add(new PasswordHistoryEntry { AccountId = account.Id, PasswordHash = formerHash, CreatedAt = now });
        }

        account.PasswordChangedAt = now;
        return await users.UpdateAsync(account);
    }
}
