using System.Reflection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace GovSites.Modules.Organization.Passwords;

/// <summary>Length, character classes, the common-password list and forbidden words (DOMAIN.md §7).</summary>
public sealed class PasswordRulesValidator(IOptions<PasswordPolicy> options) : IPasswordValidator<Account>
{
    private static readonly Lazy<HashSet<string>> CommonPasswords = new(LoadCommonPasswords);

    public Task<IdentityResult> ValidateAsync(UserManager<Account> manager, Account user, string? password)
    {
        var errors = Check(options.Value, user.UserName, password)
            .Select(message => new IdentityError { Code = "PasswordPolicy", Description = message })
            .ToArray();
        return Task.FromResult(errors.Length == 0 ? IdentityResult.Success : IdentityResult.Failed(errors));
    }

    /// <summary>Every rule the password breaks, in Chinese; empty when it is acceptable.</summary>
    public static IReadOnlyList<string> Check(PasswordPolicy policy, string? userName, string? password)
    {
        var errors = new List<string>();
        password ??= string.Empty;
        if (password.Length < policy.MinimumLength)
        {
            errors.Add($"密码至少 {policy.MinimumLength} 位。");
        }

        var classes = (password.Any(char.IsUpper) ? 1 : 0) + (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0) + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        if (classes < policy.RequiredCharacterClasses)
        {
            errors.Add($"密码须包含大写字母、小写字母、数字、符号中的至少 {policy.RequiredCharacterClasses} 类。");
        }

        if (CommonPasswords.Value.Contains(password.ToLowerInvariant()))
        {
            errors.Add("该密码属于常见弱密码，请换一个。");
        }

        var lower = password.ToLowerInvariant();
        if (!string.IsNullOrEmpty(userName) && userName.Length >= 3 && lower.Contains(userName.ToLowerInvariant(), StringComparison.Ordinal))
        {
            errors.Add("密码不能包含账号名。");
        }

        if (policy.ForbiddenWords.Any(w => w.Length > 0 && lower.Contains(w.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            errors.Add("密码不能包含网站或平台名称。");
        }

        return errors;
    }

    private static HashSet<string> LoadCommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("GovSites.Modules.Organization.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
