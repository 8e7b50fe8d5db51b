using System.CommandLine;
using GovSites.Modules.Organization.Passwords;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization;

/// <summary>
/// <c>govsites create-admin --user NAME --name 姓名 --unit 单位名称</c>: creates a platform admin with a
/// generated password (printed once), for a new installation or when every admin is locked out.
/// </summary>
internal sealed class CreateAdminVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var user = new Option<string>("--user") { Description = "账号名（英文字母、数字、- . _）", Required = true };
        var name = new Option<string>("--name") { Description = "姓名", Required = true };
        var unit = new Option<string>("--unit") { Description = "所属单位名称（须已存在）", Required = true };
        var command = new Command("create-admin", "新建一个平台管理员账号，随机生成初始密码") { user, name, unit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
            var unitName = parse.GetValue(unit)!;
            var owner = await db.Units.SingleOrDefaultAsync(u => u.Name == unitName, cancellationToken);
            if (owner is null)
            {
                await Console.Error.WriteLineAsync($"单位“{unitName}”不存在。");
                return 2;
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
            if (!await roles.RoleExistsAsync(RoleNames.PlatformAdmin))
            {
                await roles.CreateAsync(new IdentityRole<int>(RoleNames.PlatformAdmin));
            }

            var password = PasswordGenerator.Generate();
            var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var account = new Account { UserName = parse.GetValue(user), DisplayName = parse.GetValue(name)!, UnitId = owner.Id, PasswordChangedAt = time.GetUtcNow() };
            var result = await users.CreateAsync(account, password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(account, RoleNames.PlatformAdmin);
            }

            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync("未能创建账号：" + string.Join("；", result.Errors.Select(e => e.Description)));
                return 1;
            }

            Console.WriteLine($"已创建平台管理员 {account.UserName}，初始密码（只显示这一次）：{password}");
            return 0;
        });
        return command;
    }
}
