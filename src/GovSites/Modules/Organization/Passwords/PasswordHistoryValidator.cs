using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Organization.Passwords;

/// <summary>Refuses the current password and the last <see cref="PasswordPolicy.HistoryCount"/> ones (DOMAIN.md §7).</summary>
public sealed class PasswordHistoryValidator(GovSitesDbContext db, IPasswordHasher<Account> hasher, IOptions<PasswordPolicy> options)
    : IPasswordValidator<Account>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        if (string.IsNullOrEmpty(password) || user.Id == 0)
        {
            return IdentityResult.Success;
        }

        var former = await db.Set<PasswordHistoryEntry>()
            .Where(p => p.AccountId == user.Id)
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => p.PasswordHash)
            .Take(options.Value.HistoryCount)
            .ToListAsync();
        if (user.PasswordHash is { } current)
        {
            former.Add(current);
        }

        var reused = former.Any(hash => hasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed);
        return reused
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordReused",
                Description = $"新密码不能与当前密码或最近 {options.Value.HistoryCount} 次使用过的密码相同。",
            })
            : IdentityResult.Success;
    }
}
