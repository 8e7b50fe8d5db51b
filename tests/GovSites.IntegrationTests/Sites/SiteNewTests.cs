using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Sites;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Sites;

/// <summary>Modules/Sites/New: <c>/admin/sites/new</c>.</summary>
public sealed class SiteNewTests(GovSitesFactory factory) : SitesTest(factory)
{
    private const string Path = "/admin/sites/new";

    [Fact]
    public async Task New_ValidUnitSite_CreatesItWithLowerCasedDomains()
    {
        using var client = await SignInAsync("admin");
        var fields = await NewSiteFieldsAsync();
        fields["Input.Key"] = " CZJ ";
        fields["Input.Domains"] = "CZJ.Shuangpai.gov.cn\r\n\r\n  czj2.shuangpai.gov.cn  ";

        var response = await client.PostFormAsync(Path, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var site = await SiteAsync("czj");
        Assert.Equal($"/admin/sites/{site.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("双牌县财政局", site.Name);
        Assert.Equal(SiteKind.UnitSite, site.Kind);
        Assert.Equal(SiteStatus.Planning, site.Status);
        Assert.Equal("4311230099", site.SiteCode);
        Assert.Equal(["czj.shuangpai.gov.cn", "czj2.shuangpai.gov.cn"], site.Domains.Select(d => d.Host).Order());
    }

    [Fact]
    public async Task New_AsAdmin_RendersTheFormWithUnitsMarkedWhenTheyHaveASite()
    {
        using var client = await SignInAsync("admin");

        var (response, page) = await client.GetPageAsync(Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var units = page.QuerySelectorAll("#Input_UnitId option").Select(o => o.TextContent).ToList();
        Assert.Contains("双牌县财政局", units);
        Assert.Contains("泷泊镇人民政府（已有站点：泷泊镇人民政府）", units);
        Assert.NotNull(page.QuerySelector("label[for=Input_SiteCode]"));
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    [InlineData("lbz.officer")]
    [InlineData("funds")]
    public async Task New_RoleOtherThanPlatformAdmin_Forbidden(string account)
    {
        using var client = await SignInAsync(account);

        var (response, _) = await client.GetPageAsync(Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("evaluator")]
    public async Task New_PostByReadOnlyRole_ForbiddenAndNothingSaved(string account)
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync(account);

        var response = await client.PostFormAsync("/admin/sites", await NewSiteFieldsAsync(), Path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("Input.Key", "lbz", "站点标识“lbz”已被“泷泊镇人民政府”使用。")]
    [InlineData("Input.Key", "LBZ", "站点标识“lbz”已被“泷泊镇人民政府”使用。")]
    [InlineData("Input.Key", "c", "站点标识只能由小写字母、数字和连字符（-）组成，长 2 至 40 位。")]
    [InlineData("Input.Key", "财政", "站点标识只能由小写字母、数字和连字符（-）组成，长 2 至 40 位。")]
    [InlineData("Input.Key", "portal", "标识 portal 留给门户网站，单位站点请另取标识。")]
    [InlineData("Input.Domains", "lbz.shuangpai.gov.cn", "域名“lbz.shuangpai.gov.cn”已被“泷泊镇人民政府”使用，一个域名只能属于一个站点。")]
    [InlineData("Input.Domains", "LBZ.ShuangPai.Gov.CN", "域名“lbz.shuangpai.gov.cn”已被“泷泊镇人民政府”使用，一个域名只能属于一个站点。")]
    [InlineData("Input.Domains", "czj.shuangpai.gov.cn\nCZJ.shuangpai.gov.cn", "域名“czj.shuangpai.gov.cn”填写了不止一次。")]
    [InlineData("Input.Domains", "http://czj.shuangpai.gov.cn/", "域名“http://czj.shuangpai.gov.cn/”只填写主机名，不要带 http:// 或路径，如 lbz.shuangpai.gov.cn。")]
    [InlineData("Input.Domains", "czj_shuangpai.gov.cn", "域名“czj_shuangpai.gov.cn”含有不允许的字符，只能使用小写字母、数字、连字符（-）和点；中文域名请填写其 xn-- 形式。")]
    [InlineData("Input.Domains", "czj..gov.cn", "域名“czj..gov.cn”格式不正确：不能以点开头或结尾，也不能有两个相连的点。")]
    [InlineData("Input.Domains", "czj", "域名“czj”不完整，应至少包含两段，如 lbz.shuangpai.gov.cn。")]
    [InlineData("Input.SiteCode", "431123009", "网站标识码应为 10 位数字（6 位行政区划代码加 4 位顺序号），如 4311230001。")]
    [InlineData("Input.SiteCode", "43112300a9", "网站标识码应为 10 位数字（6 位行政区划代码加 4 位顺序号），如 4311230001。")]
    [InlineData("Input.SiteCode", "9911230099", "网站标识码的前 6 位应为行政区划代码，“991123”不是有效的行政区划代码。")]
    [InlineData("Input.SiteCode", "4311230000", "网站标识码的后 4 位顺序号不能是 0000。")]
    [InlineData("Input.SiteCode", "4311230001", "网站标识码“4311230001”已被“双牌县人民政府”使用。")]
    [InlineData("Input.Kind", "Portal", "门户网站只能有一个，已有“双牌县人民政府”。")]
    [InlineData("Input.Name", "", "请填写站点名称。")]
    [InlineData("Input.Sponsor", " ", "请填写主办单位。")]
    [InlineData("Input.ContactEmail", "czj-at-shuangpai", "联系邮箱“czj-at-shuangpai”格式不正确。")]
    [InlineData("Input.UnitId", "", "请选择所属单位。")]
    [InlineData("Input.UnitId", "999999", "所选单位不存在，请重新选择。")]
    [InlineData("Input.Kind", "7", "站点类型填写的“7”不是有效的值，请重新填写。")]
    [InlineData("Input.Kind", "", "请选择站点类型（门户网站或单位站点）。")]
    [InlineData("Input.Status", "", "请选择站点状态。")]
    [InlineData("Input.SiteCode", "", "运行中的站点必须填写网站标识码。")]
    public async Task New_BadInput_RefusedWithTheReasonAndNothingSaved(string field, string value, string message)
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = await NewSiteFieldsAsync();
        fields[field] = value;
        if (field == "Input.SiteCode" && value.Length == 0)
        {
            fields["Input.Status"] = "Online";
        }

        var response = await client.PostFormAsync(Path, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_UnitThatAlreadyHasASite_Refused()
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = await NewSiteFieldsAsync();
        fields["Input.UnitId"] = Text(await UnitIdAsync("泷泊镇人民政府"));

        var response = await client.PostFormAsync(Path, fields);

        Assert.Contains("该单位已有站点“泷泊镇人民政府”，一个单位只能有一个站点。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_TextInANumberField_RefusedInChinese()
    {
        var before = await SnapshotAsync();
        using var client = await SignInAsync("admin");
        var fields = await NewSiteFieldsAsync();
        fields["Input.UnitId"] = "财政局";

        var response = await client.PostFormAsync(Path, fields);

        Assert.Contains("所属单位填写的“财政局”不是有效的值，请重新填写。", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task New_SecondSiteForTheSameFreshUnit_RefusedAfterTheFirst()
    {
        using var client = await SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Path, await NewSiteFieldsAsync())).StatusCode);
        var before = await SnapshotAsync();
        var fields = await NewSiteFieldsAsync();
        (fields["Input.Key"], fields["Input.Domains"], fields["Input.SiteCode"]) = ("czj2", "czj2.shuangpai.gov.cn", "4311230098");

        var response = await client.PostFormAsync(Path, fields);

        Assert.Contains("该单位已有站点“双牌县财政局”", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(1, await WithDbAsync(db => db.Sites.CountAsync(s => s.Name == "双牌县财政局")));
    }
}
