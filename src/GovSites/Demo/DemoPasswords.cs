using System.Text;
using GovSites.Modules.Organization;
using GovSites.Modules.Organization.Passwords;
using GovSites.Platform.Data;

namespace GovSites.Demo;

/// <summary>
/// Demo passwords are generated at seeding, never written in the code, and shown once: on the console
/// and in <c>{DataDirectory}/demo-accounts.txt</c> (readable by the owner only).
/// </summary>
public sealed class DemoPasswords(IConfiguration configuration)
{
    public const string FileName = "demo-accounts.txt";

    public async Task WriteAsync(IReadOnlyList<(string UserName, string Role, string Password)> accounts, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine("双牌县演示账号（首次启动时随机生成，仅显示这一次；请登录后修改密码，或删除本文件）");
        text.AppendLine("登录地址：/admin");
        foreach (var (userName, role, password) in accounts)
        {
            text.AppendLine(System.FormattableString.Invariant($"{RoleNames.ToChinese(role),-8}\t{userName,-16}\t{password}"));
        }

        var path = Path.Combine(configuration.DataDirectory(), FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(path, options))
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(text.ToString().AsMemory(), cancellationToken);
        }

        Console.WriteLine();
        Console.Write(text.ToString());
        Console.WriteLine($"（已写入 {path}）");
        Console.WriteLine();
    }
}
