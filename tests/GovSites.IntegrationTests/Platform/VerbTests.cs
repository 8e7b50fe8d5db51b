using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Organization;
using GovSites.Platform.Cli;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Platform;

/// <summary>The <c>govsites &lt;verb&gt;</c> commands, run against the test host's services.</summary>
public sealed class VerbTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(output);
        try
        {
            return (await Verbs.RunAsync(Factory.Services, args), output.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    [Fact]
    public async Task CreateAdmin_ExistingUnit_CreatesAPlatformAdminWhoCanSignIn()
    {
        var (code, output) = await RunAsync("create-admin", "--user", "zhao.admin", "--name", "赵明", "--unit", "双牌县人民政府办公室");

        Assert.Equal(0, code);
        var password = output.Split('：').Last().Trim();
        using var client = await SignInAsync("zhao.admin", password);
        var (_, page) = await client.GetPageAsync("/admin");
        Assert.Contains("平台管理员", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateAdmin_UnknownUnit_FailsAndCreatesNothing()
    {
        var before = await WithDbAsync(db => db.Users.CountAsync());

        var (code, output) = await RunAsync("create-admin", "--user", "zhao.admin", "--name", "赵明", "--unit", "不存在的单位");

        Assert.Equal(2, code);
        Assert.Contains("不存在", output, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task CreateAdmin_NewUnitWithAValidCreditCode_CreatesBoth()
    {
        var (code, output) = await RunAsync("create-admin", "--user", "qian.admin", "--name", "钱伟", "--unit", "双牌县数据局", "--credit-code", "11431123006699998X".Remove(17) + GovSites.Modules.Organization.CreditCode.CheckCharacter("11431123006699998"));

        Assert.Equal(0, code);
        Assert.Contains("qian.admin", output, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Units.AnyAsync(u => u.Name == "双牌县数据局")));
    }

    [Fact]
    public async Task CreateAdmin_NewUnitWithABadCreditCode_CreatesNothing()
    {
        var before = await WithDbAsync(db => db.Units.CountAsync());

        var (code, output) = await RunAsync("create-admin", "--user", "qian.admin", "--name", "钱伟", "--unit", "双牌县数据局", "--credit-code", "11431123006699998A");

        Assert.Equal(2, code);
        Assert.Contains("校验位", output, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Units.CountAsync()));
        Assert.False(await WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "qian.admin")));
    }

    [Fact]
    public async Task CreateAdmin_TakenUserName_FailsWithTheReason()
    {
        var (code, output) = await RunAsync("create-admin", "--user", "admin", "--name", "赵明", "--unit", "双牌县人民政府办公室");

        Assert.Equal(1, code);
        Assert.Contains("已被使用", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeedDemo_DatabaseNotEmpty_RefusesAndChangesNothing()
    {
        var before = await WithDbAsync(db => db.Units.CountAsync());

        var (code, output) = await RunAsync("seed-demo");

        Assert.Equal(1, code);
        Assert.Contains("已有数据", output, StringComparison.Ordinal);
        Assert.Equal(before, await WithDbAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task Migrate_UpToDateDatabase_Succeeds()
    {
        var (code, output) = await RunAsync("migrate");

        Assert.Equal(0, code);
        Assert.Contains("最新", output, StringComparison.Ordinal);
        Assert.True(await WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "admin")));
        Assert.Contains(RoleNames.PlatformAdmin, await WithDbAsync(db => db.Roles.Select(r => r.Name!).ToListAsync()));
    }
}
