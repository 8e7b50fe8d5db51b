using System.Globalization;
using System.Text;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// Checks the name a file was uploaded with. The stored name is always generated, so the rules guard the
/// people who download the file and the servers a file may later be copied to: no control characters
/// (NUL, line breaks, right-to-left overrides that hide an extension), no path (<c>/ \ :</c>, <c>..</c>),
/// no trailing dot or space (Windows drops them: <c>x.aspx.</c> becomes <c>x.aspx</c>), and no
/// executable-looking extension before the last one (<c>x.aspx.jpg</c>, <c>a.php.pdf</c>, <c>x.asp;.jpg</c>).
/// </summary>
public static class FileNameRules
{
    public const int MaxLength = 200;

    /// <summary>Extensions a web server or a desktop may run; none may appear inside a name.</summary>
    private static readonly HashSet<string> Executable = new(StringComparer.OrdinalIgnoreCase)
    {
        "asp", "aspx", "asa", "asax", "ascx", "ashx", "asmx", "axd", "cer", "cdx", "config", "cshtml", "vbhtml", "svc",
        "php", "php2", "php3", "php4", "php5", "php7", "phtml", "pht", "phar", "inc",
        "jsp", "jspx", "jspf", "jsw", "jsv", "do", "action", "war", "jar", "class",
        "cgi", "pl", "pm", "py", "pyc", "rb", "sh", "bash", "csh", "ksh",
        "exe", "dll", "com", "scr", "pif", "msi", "msp", "cpl", "sys", "drv", "ocx",
        "bat", "cmd", "ps1", "psm1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "wsc", "hta", "lnk", "reg", "inf",
        "htm", "html", "xhtml", "shtml", "shtm", "stm", "svg", "xml", "xsl", "xslt", "htaccess", "swf",
    };

    public sealed record Result(string? Name, string? Extension, string? Error)
    {
        public bool IsValid => Error is null;
    }

    /// <summary>The cleaned name and its lower-case extension (without the dot), or the Chinese reason for refusing it.</summary>
    public static Result Check(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return Refuse("请选择要上传的文件。");
        }

        if (fileName.Any(IsControl))
        {
            return Refuse("文件名含有控制字符或不可见字符，请重命名后再上传。");
        }

        var name = fileName.Normalize(NormalizationForm.FormC).TrimStart();
        if (name.IndexOfAny(['/', '\\', ':']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            return Refuse("文件名不能包含路径（/、\\、: 或 ..），请重命名后再上传。");
        }

        if (name.EndsWith('.') || char.IsWhiteSpace(name[^1]))
        {
            return Refuse("文件名不能以点或空格结尾，请重命名后再上传。");
        }

        if (name.Length > MaxLength)
        {
            return Refuse($"文件名过长（不能超过 {MaxLength} 个字符），请改短后再上传。");
        }

        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return Refuse("文件没有扩展名，无法判断文件类型，请重命名后再上传。");
        }

        // IIS once ran "x.asp;.jpg" as ASP: a semicolon separates segments too.
        var inner = name[..dot].Split('.', ';')[1..];
        if (inner.Any(p => Executable.Contains(p.Trim())))
        {
            return Refuse("文件名中含有可执行文件或网页的扩展名（如 x.aspx.jpg），不能上传，请重命名后再上传。");
        }

        // Characters Windows forbids in names are harmless here (the stored name is generated) but would
        // break a download on Windows: they become underscores.
        var clean = new string(name.Select(c => "<>\"|?*".Contains(c, StringComparison.Ordinal) ? '_' : c).ToArray());
        return new Result(clean, name[(dot + 1)..].ToLowerInvariant(), null);
    }

    private static Result Refuse(string message) => new(null, null, message);

    /// <summary>C0/C1 controls, and the format characters (bidi overrides, zero-width) that can disguise a name.</summary>
    private static bool IsControl(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
