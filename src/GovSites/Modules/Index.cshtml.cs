using GovSites.Modules.Organization;
using GovSites.Modules.Sites;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules;

/// <summary>工作台：每个角色看到自己的工作入口和可见站点。</summary>
public sealed class IndexModel(GovSitesDbContext db, CurrentStaff staff, SiteAccess access, TimeProvider time) : PageModel
{
    public sealed record Card(string Title, string Href, string Text);

    public sealed record SiteRow(int Id, string Name, SiteKind Kind, SiteStatus Status, int Channels, int Articles);

    public string Greeting { get; private set; } = string.Empty;

    public List<Card> Cards { get; } = [];

    public List<SiteRow> Sites { get; private set; } = [];

    public bool AllSites => access.CanReadAll;

    public async Task OnGetAsync()
    {
        var hour = time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Hour;
        var part = hour < 12 ? "上午好" : hour < 18 ? "下午好" : "晚上好";
        var unit = await db.Units.Where(u => u.Id == staff.UnitId).Select(u => u.Name).SingleOrDefaultAsync();
        Greeting = $"{staff.DisplayName}，{part}！您是{unit}的{string.Join("、", staff.Roles.Select(RoleNames.ToChinese))}。";
        AddCards();
        if (!staff.IsIn(RoleNames.FundsChecker))
        {
            Sites = await access.VisibleSites().OrderBy(s => s.Kind).ThenBy(s => s.Id)
                .Select(s => new SiteRow(
                    s.Id, s.Name, s.Kind, s.Status,
                    db.Channels.Count(c => c.SiteId == s.Id),
                    db.Articles.Count(a => a.SiteId == s.Id && a.LiveRevisionId != null)))
                .ToListAsync();
        }
    }

    private void AddCards()
    {
        if (staff.IsIn(RoleNames.PlatformAdmin))
        {
            Cards.Add(new("单位管理", "/admin/units", "新增、修改县直部门、乡镇、林场等单位及其统一社会信用代码。"));
            Cards.Add(new("站点管理", "/admin/sites", "开办站点，维护域名、网站标识码、备案号和栏目树。"));
            Cards.Add(new("账号管理", "/admin/accounts", "为各单位开设、停用工作人员账号，重置密码。"));
            Cards.Add(new("网站发布", "/admin/publishing", "查看各站点的发布版本和任务进度，重新发布站点或回滚到较早版本。"));
        }

        if (staff.IsIn(RoleNames.SecurityAdmin))
        {
            Cards.Add(new("角色与授权", "/admin/accounts", "为账号分配角色，按站点和栏目授权。"));
        }

        if (staff.IsIn(RoleNames.Auditor))
        {
            Cards.Add(new("审计日志", "/admin/audit", "查阅全部操作和登录记录，校验日志哈希链是否完整。"));
            Cards.Add(new("账号一览", "/admin/accounts", "查看全部账号、角色和授权（只读）。"));
        }

        if (staff.IsInAny(RoleNames.PortalEditor, RoleNames.InfoOfficer, RoleNames.Reviewer, RoleNames.SecrecyReviewer))
        {
            Cards.Add(new("我的站点", "/admin/sites", "查看本单位站点的栏目设置和更新要求。"));
        }

        if (staff.IsIn(RoleNames.Evaluator))
        {
            Cards.Add(new("站点一览", "/admin/sites", "查看全县各站点及栏目的更新要求（只读）。"));
        }

        Cards.Add(new("单位一览", "/admin/units", staff.IsIn(RoleNames.PlatformAdmin) ? "全县单位名录。" : "查看单位信息。"));
        Cards.Add(new("修改密码", "/admin/password", "密码每 90 天须更换一次，不能与最近 5 次相同。"));
    }
}
