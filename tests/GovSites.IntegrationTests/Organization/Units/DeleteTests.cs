using System.Net;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Organization.Units;

public sealed class DeleteTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Delete_UnitNothingRefersTo_IsDeleted()
    {
        var id = await AddUnitAsync();
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Delete_UnitOwningASite_IsRefusedWithTheReason()
    {
        // 江村镇 has a site (and is the responsible unit of its channels) but no accounts.
        var id = await WithDbAsync(db => db.Units.Where(u => u.Name == "江村镇人民政府").Select(u => u.Id).SingleAsync());
        using var client = await SignInAsync("admin");

        var (get, form) = await client.GetPageAsync($"/admin/units/{id}/delete");
        var response = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        Assert.Null(form.QuerySelector("button[type=submit].danger"));
        var page = await StaffClient.ReadDocumentAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能删除", page.QuerySelector(".notice.error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["还有站点 1 个", "还有栏目（作为责任单位） 8 个"], page.QuerySelectorAll(".notice.error li").Select(li => li.TextContent));
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task Delete_UnitOwningAccounts_IsRefusedWithTheReason()
    {
        // 财政局 has no site; the funds checker's account belongs to it.
        var id = await WithDbAsync(db => db.Units.Where(u => u.Name == "双牌县财政局").Select(u => u.Id).SingleAsync());
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        var text = (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".notice.error")!.TextContent;
        Assert.Contains("还有账号 1 个", text, StringComparison.Ordinal);
        Assert.DoesNotContain("站点", text.Split('：')[1].Split('请')[0], StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Delete_ResponsibleUnitOfAChannel_IsRefusedWithTheReason()
    {
        var id = await AddUnitAsync();
        await WithDbAsync(async db =>
        {
            var channel = await db.Channels.FirstAsync();
            channel.ResponsibleUnitId = id;
            await db.SaveChangesAsync();
        });
        using var client = await SignInAsync("admin");

        var response = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        var text = (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".notice.error")!.TextContent;
        Assert.Contains("栏目（作为责任单位） 1 个", text, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [Theory]
    [InlineData("security")]
    [InlineData("auditor")]
    public async Task Delete_ReadOnlyRoles_Get403AndNothingIsDeleted(string userName)
    {
        var id = await AddUnitAsync();
        using var client = await SignInAsync(userName);

        var (get, _) = await client.GetPageAsync($"/admin/units/{id}/delete");
        var post = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Delete_UnitStaffOnAnotherUnit_Get404()
    {
        var id = await AddUnitAsync();
        using var client = await SignInAsync("lbz.officer");

        var post = await client.PostFormAsync($"/admin/units/{id}/delete", []);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Id == id)));
    }

    [Fact]
    public async Task Delete_UnknownId_Returns404()
    {
        using var client = await SignInAsync("admin");
        var (response, _) = await client.GetPageAsync("/admin/units/999999/delete");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<int> AddUnitAsync() => WithDbAsync(async db =>
    {
        var unit = new Unit { Name = "双牌县待撤并单位", Kind = UnitKind.Other, CreditCode = UnitForm.FreeCode };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        return unit.Id;
    });
}
