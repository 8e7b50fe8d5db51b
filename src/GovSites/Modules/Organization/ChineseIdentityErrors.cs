using Microsoft.AspNetCore.Identity;

namespace GovSites.Modules.Organization;

/// <summary>Identity's messages in Chinese, as officials read them.</summary>
public sealed class ChineseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), "操作未成功，请稍后重试。");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "该账号已被他人修改，请刷新后重试。");

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "当前密码不正确。");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "链接已失效，请重新操作。");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"账号名“{userName}”无效：只能使用英文字母、数字和 - . _。");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), $"账号名“{userName}”已被使用。");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), $"邮箱“{email}”已被使用。");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), $"邮箱“{email}”格式不正确。");

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), $"该账号已有角色“{RoleNames.ToChinese(role)}”。");

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), $"该账号没有角色“{RoleNames.ToChinese(role)}”。");

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), "该账号未启用锁定。");

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), $"密码至少 {length} 位。");

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
