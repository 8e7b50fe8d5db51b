using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Accounts;

namespace GovSites.UnitTests.Organization;

public sealed class RoleRulesTests
{
    private const int OwnUnit = 3;
    private const int OtherUnit = 4;
    private static readonly RoleRules.GrantSite OwnSite = new("泷泊镇人民政府", OwnUnit, IsPortal: false);
    private static readonly RoleRules.GrantSite OtherSite = new("江村镇人民政府", OtherUnit, IsPortal: false);
    private static readonly RoleRules.GrantSite Portal = new("双牌县人民政府", 1, IsPortal: true);

    [Theory]
    [InlineData(RoleNames.PlatformAdmin, RoleNames.SecurityAdmin)]
    [InlineData(RoleNames.PlatformAdmin, RoleNames.Auditor)]
    [InlineData(RoleNames.SecurityAdmin, RoleNames.Auditor)]
    public void CheckSeparationOfDuties_TwoOfTheThreeAdministrators_IsRefusedNamingThem(string first, string second)
    {
        var error = RoleRules.CheckSeparationOfDuties([first, second, RoleNames.Evaluator]);

        Assert.NotNull(error);
        Assert.Contains("三权分立", error, StringComparison.Ordinal);
        Assert.Contains(RoleNames.ToChinese(first), error, StringComparison.Ordinal);
        Assert.Contains(RoleNames.ToChinese(second), error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RoleNames.PlatformAdmin)]
    [InlineData(RoleNames.SecurityAdmin)]
    [InlineData(RoleNames.Auditor)]
    public void CheckSeparationOfDuties_OneAdministratorWithOtherRoles_IsAllowed(string admin) =>
        Assert.Null(RoleRules.CheckSeparationOfDuties([admin, RoleNames.Evaluator, RoleNames.FundsChecker]));

    [Fact]
    public void CheckSeparationOfDuties_AllThree_IsRefused() =>
        Assert.NotNull(RoleRules.CheckSeparationOfDuties([.. RoleRules.SeparatedDuties]));

    [Theory]
    [InlineData(RoleNames.InfoOfficer)]
    [InlineData(RoleNames.Reviewer)]
    [InlineData(RoleNames.SecrecyReviewer)]
    [InlineData(RoleNames.PortalEditor)]
    public void CheckGrant_SiteScopedRoleOnOwnUnitsSite_IsAllowed(string role) =>
        Assert.Null(RoleRules.CheckGrant(OwnUnit, [role], OwnSite));

    [Theory]
    [InlineData(RoleNames.InfoOfficer)]
    [InlineData(RoleNames.Reviewer)]
    [InlineData(RoleNames.SecrecyReviewer)]
    [InlineData(RoleNames.PortalEditor)]
    public void CheckGrant_AnotherUnitsSite_IsRefused(string role) =>
        Assert.Contains("不是该账号所在单位的站点", RoleRules.CheckGrant(OwnUnit, [role], OtherSite), StringComparison.Ordinal);

    [Fact]
    public void CheckGrant_PortalEditorOfAnotherUnit_MayBeGrantedThePortal() =>
        Assert.Null(RoleRules.CheckGrant(OwnUnit, [RoleNames.PortalEditor], Portal));

    [Fact]
    public void CheckGrant_InfoOfficerOfAnotherUnitOnThePortal_IsRefused() =>
        Assert.Contains("门户网站", RoleRules.CheckGrant(OwnUnit, [RoleNames.InfoOfficer], Portal), StringComparison.Ordinal);

    [Fact]
    public void CheckGrant_StaffOfThePortalsUnit_MayBeGrantedThePortal() =>
        Assert.Null(RoleRules.CheckGrant(1, [RoleNames.InfoOfficer], Portal));

    [Theory]
    [InlineData(RoleNames.Evaluator)]
    [InlineData(RoleNames.FundsChecker)]
    [InlineData(RoleNames.PlatformAdmin)]
    public void CheckGrant_AccountWithoutASiteScopedRole_IsRefused(string role) =>
        Assert.Contains("请先为其分配角色", RoleRules.CheckGrant(OwnUnit, [role], OwnSite), StringComparison.Ordinal);

    [Fact]
    public void CheckRoleChange_OwnAccount_IsRefusedWhateverTheRoles()
    {
        var errors = RoleRules.CheckRoleChange(ownAccount: true, OwnUnit, [RoleNames.SecurityAdmin], []);
        Assert.Contains("不能修改自己的角色", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRoleChange_RemovingPortalEditorWhileGrantedThePortal_IsRefused()
    {
        var errors = RoleRules.CheckRoleChange(false, OwnUnit, [RoleNames.InfoOfficer], [OwnSite, Portal]);
        Assert.Contains("“双牌县人民政府”上有站点授权", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public void CheckRoleChange_RemovingEverySiteScopedRoleWhileHoldingGrants_IsRefused() =>
        Assert.Single(RoleRules.CheckRoleChange(false, OwnUnit, [RoleNames.Evaluator], [OwnSite]));

    [Fact]
    public void CheckRoleChange_KeepingAValidCombination_IsAllowed() =>
        Assert.Empty(RoleRules.CheckRoleChange(false, OwnUnit, [RoleNames.InfoOfficer, RoleNames.Reviewer], [OwnSite]));

    [Fact]
    public void CheckRoleChange_SeparationAndGrantProblems_AreAllListed() =>
        Assert.Equal(2, RoleRules.CheckRoleChange(false, OwnUnit, [RoleNames.PlatformAdmin, RoleNames.Auditor], [OwnSite]).Count);
}
