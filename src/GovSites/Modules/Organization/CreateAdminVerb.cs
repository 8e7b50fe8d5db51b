using System.CommandLine;
using GovSites.Modules.Organization.Passwords;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Organization;

/// <summary>
/// <c>govsites create-admin --user NAME --name 姓名 --unit 单位名称 [--credit-code CODE]</c>: creates a platform
/// admin with a generated password (printed once), for a new installation or when every admin is locked
/// out. On an empty database the unit is created too, which needs its unified social credit code.
/// </summary>
internal sealed class CreateAdminVerb : ICommandLineVerb
{
    public Command Build(IServiceProvider services)
    {
        var user = new Option<string>("--user") { Description = "账号名（英文字母、数字、- . _）", Required = true };
        var name = new Option<string>("--name") { Description = "姓名", Required = true };
        var unit = new Option<string>("--unit") { Description = "所属单位名称", Required = true };
        var creditCode = new Option<string?>("--credit-code") { Description = "单位不存在时新建该单位所用的统一社会信用代码" };
        var command = new Command("create-admin", "新建一个平台管理员账号，随机生成初始密码") { user, name, unit, creditCode };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<GovSitesDbContext>();
            var unitName = parse.GetValue(unit)!;
            var owner = await db.Units.SingleOrDefaultAsync(u => u.Name == unitName, cancellationToken);
            if (owner is null)
            {
                var code = parse.GetValue(creditCode)?.Trim().ToUpperInvariant();
                if (code is null)
                {
                    await Console.Error.WriteLineAsync($"单位“{unitName}”不存在。如需同时新建该单位，请用 --credit-code 给出它的统一社会信用代码。");
                    return 2;
                }

                if (CreditCode.Validate(code) is { } problem)
                {
                    await Console.Error.WriteLineAsync(problem);
                    return 2;
                }

                owner = new Unit { Name = unitName, Kind = UnitKind.CountyDepartment, CreditCode = code };
                db.Units.Add(owner);
                await db.SaveChangesAsync(cancellationToken);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<Account>>();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<int>>>();
            foreach (var role in RoleNames.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole<int>(role));
                }
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
