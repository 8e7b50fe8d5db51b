using System.Net;
using GovSites.IntegrationTests.Access;
using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Audit;
using GovSites.Platform.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GovSites.IntegrationTests.Audit;

public sealed class AuditTrailTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    private Task<AuditVerifier.Result> VerifyAsync() => WithDbAsync(db => new AuditVerifier(db).VerifyAsync());

    [Fact]
    public async Task SeededDemoCounty_AuditChain_IsIntactAndCoversTheSeed()
    {
        var result = await VerifyAsync();

        Assert.True(result.IsIntact, result.Reason);
        Assert.True(result.Checked > 100);
        Assert.True(await WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "Site.Created")));
    }

    [Fact]
    public async Task ChangePassword_IsAuditedWithActorAndAddressButWithoutTheHash()
    {
        using var client = await SignInAsync("lbz.officer");
        const string next = "Qingshan#Lushui-2026";

        await client.PostFormAsync("/admin/password", new() { ["CurrentPassword"] = Factory.Passwords["lbz.officer"], ["NewPassword"] = next, ["ConfirmPassword"] = next });

        var entry = await WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "Account.Updated" && e.UserName == "lbz.officer" && e.After!.Contains("PasswordHash")).OrderByDescending(e => e.Sequence).FirstAsync());
        var hash = await WithDbAsync(db => db.Users.Where(u => u.UserName == "lbz.officer").Select(u => u.PasswordHash!).SingleAsync());
        Assert.DoesNotContain(hash, entry.After!, StringComparison.Ordinal);
        Assert.Contains("***", entry.After!, StringComparison.Ordinal);
        Assert.NotNull(entry.AccountId);
        Assert.NotNull(entry.UnitId);
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task SignIn_SuccessAndFailure_AreBothRecorded()
    {
        using var client = Anonymous();
        await client.PostFormAsync("/admin/signin", new() { ["UserName"] = "auditor", ["Password"] = "Not-the-password-1" });
        await client.SignInAsync("auditor", Factory.Passwords["auditor"]);

        var results = await WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "SignIn" && e.UserName == "auditor").OrderBy(e => e.Sequence).Select(e => e.Result).ToListAsync());

        Assert.Equal(["密码错误或账号不存在", "成功"], results);
    }

    [Fact]
    public async Task Denial_IsRecordedWithThePath()
    {
        using var client = await SignInAsync("security");

        var response = await client.Http.GetAsync(new Uri("/admin/audit", UriKind.Relative));

        Assert.Equal(Outcome.Forbidden, OutcomeOf.Read(response));
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "AccessDenied" && e.ObjectId == "/admin/audit" && e.UserName == "security")));
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Result\" = 'x' WHERE \"Sequence\" = 1")));
        await Assert.ThrowsAnyAsync<Exception>(() => WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1")));
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Fact]
    public async Task Verify_AnEntryAlteredBehindTheDatabasesBack_PointsAtIt()
    {
        await TamperAsync("UPDATE \"AuditEntries\" SET \"Result\" = '失败' WHERE \"Sequence\" = 7");

        var result = await VerifyAsync();

        Assert.Equal(7, result.FirstBrokenSequence);
        Assert.Equal(6, result.Checked);
        Assert.Contains("篡改", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AnEntryRemoved_PointsAtTheGap()
    {
        await TamperAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 12");

        var result = await VerifyAsync();

        Assert.Equal(12, result.FirstBrokenSequence);
        Assert.Contains("删除", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TheLastEntriesRemoved_IsCaughtByTheHead()
    {
        var last = await WithDbAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));
        await TamperAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= {last - 1}");

        var result = await VerifyAsync();

        Assert.False(result.IsIntact);
        Assert.Equal(last - 1, result.FirstBrokenSequence);
    }

    [Fact]
    public async Task Append_ManyWritersAtOnce_KeepsOneGaplessChain()
    {
        var recorder = Factory.Services.GetRequiredService<AuditRecorder>();
        var before = await WithDbAsync(db => db.AuditEntries.CountAsync());

        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => recorder.RecordAsync("Test.Concurrent", "成功", "Test", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        Assert.Equal(before + 16, await WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.True((await VerifyAsync()).IsIntact);
    }

    [Theory]
    [InlineData("auditor", Outcome.Shown)]
    [InlineData("security", Outcome.Forbidden)]
    [InlineData("admin", Outcome.Forbidden)]
    [InlineData("lbz.officer", Outcome.Forbidden)]
    public async Task AuditPage_OnlyTheAuditorReadsIt(string user, Outcome expected)
    {
        using var client = await SignInAsync(user);

        var response = await client.Http.GetAsync(new Uri("/admin/audit", UriKind.Relative));

        Assert.Equal(expected, OutcomeOf.Read(response));
    }

    [Fact]
    public async Task AuditPage_VerifyButton_ReportsAnIntactChain()
    {
        using var client = await SignInAsync("auditor");

        var response = await client.PostFormAsync("/admin/audit", [], "/admin/audit?handler=Verify");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("审计日志完整", (await StaffClient.ReadDocumentAsync(response)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>What an attacker with database access would do: switch the append-only triggers off, then edit.</summary>
    private Task TamperAsync(string sql) => WithDbAsync(async db =>
    {
        var script = Factory.Database.IsPostgres
            ? "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER; " + sql + "; ALTER TABLE \"AuditEntries\" ENABLE TRIGGER USER;"
            : "DROP TRIGGER \"AuditEntries_NoUpdate\"; DROP TRIGGER \"AuditEntries_NoDelete\"; " + sql + ";";
        await db.Database.ExecuteSqlRawAsync(script);
    });
}
