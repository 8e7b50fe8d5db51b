namespace GovSites.Modules.Organization;

/// <summary>The roles of DESIGN.md, with their UI names. Role identifiers never change.</summary>
public static class RoleNames
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string SecurityAdmin = nameof(SecurityAdmin);
    public const string Auditor = nameof(Auditor);
    public const string PortalEditor = nameof(PortalEditor);
    public const string InfoOfficer = nameof(InfoOfficer);
    public const string Reviewer = nameof(Reviewer);
    public const string SecrecyReviewer = nameof(SecrecyReviewer);
    public const string Evaluator = nameof(Evaluator);
    public const string FundsChecker = nameof(FundsChecker);

    public static readonly IReadOnlyList<string> All =
    [
        PlatformAdmin, SecurityAdmin, Auditor, PortalEditor, InfoOfficer, Reviewer, SecrecyReviewer, Evaluator, FundsChecker,
    ];

    /// <summary>Roles whose work is on particular sites; they act only where a grant says so.</summary>
    public static readonly IReadOnlySet<string> SiteScoped = new HashSet<string>
    {
        PortalEditor, InfoOfficer, Reviewer, SecrecyReviewer,
    };

    public static string ToChinese(string role) => role switch
    {
        PlatformAdmin => "平台管理员",
        SecurityAdmin => "安全管理员",
        Auditor => "审计员",
        PortalEditor => "门户编辑",
        InfoOfficer => "信息员",
        Reviewer => "审核人",
        SecrecyReviewer => "保密审查员",
        Evaluator => "考评员",
        FundsChecker => "资金核验员",
        _ => role,
    };
}
