using System.Security.Cryptography;
using System.Text;
using GovSites.Modules.Organization;
using GovSites.Platform.Data;

namespace GovSites.Demo;

/// <summary>
/// Demo passwords are generated at seeding, never written in the code, and shown once: on the console
/// and in <c>{DataDirectory}/demo-accounts.txt</c> (readable by the owner only).
/// </summary>
public sealed class DemoPasswords(IConfiguration configuration)
{
    public const string FileName = "demo-accounts.txt";

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "@#%+=!";

    /// <summary>16 characters with every character class, from a cryptographic generator.</summary>
    public static string Generate()
    {
        var all = Upper + Lower + Digits + Symbols;
        var chars = new char[16];
        chars[0] = Upper[RandomNumberGenerator.GetInt32(Upper.Length)];
        chars[1] = Lower[RandomNumberGenerator.GetInt32(Lower.Length)];
        chars[2] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[3] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        for (var i = 4; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

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
