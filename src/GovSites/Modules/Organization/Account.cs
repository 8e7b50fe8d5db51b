using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;

namespace GovSites.Modules.Organization;

/// <summary>工作人员账号。每个账号属于一个单位；权限由角色和按站点/栏目限定的授权共同决定。</summary>
public sealed class Account : IdentityUser<int>, IVersioned
{
    /// <summary>姓名</summary>
    public required string DisplayName { get; set; }

    public int UnitId { get; set; }

    public Unit? Unit { get; set; }

    /// <summary>停用的账号不能登录，已有会话在下次校验时结束。</summary>
    public bool IsDisabled { get; set; }

    /// <summary>When the password was last set; DOMAIN.md §7 asks for a change every 90 days.</summary>
    public DateTimeOffset PasswordChangedAt { get; set; }

    public int Version { get; set; }
}
