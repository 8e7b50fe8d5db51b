using GovSites.Modules.Content.Attachments;

namespace GovSites.UnitTests.Content.Attachments;

public sealed class FileNameRulesTests
{
    [Theory]
    [InlineData("双牌县2024年政府工作报告.pdf", "双牌县2024年政府工作报告.pdf", "pdf")]
    [InlineData("附件1：报名表.DOCX", "附件1：报名表.DOCX", "docx")]
    [InlineData("2024.3.5 会议纪要.doc", "2024.3.5 会议纪要.doc", "doc")]
    [InlineData("  前导空格.png", "前导空格.png", "png")]
    [InlineData("a;b 名单.xlsx", "a;b 名单.xlsx", "xlsx")]
    [InlineData("问题<清单>?.pdf", "问题_清单__.pdf", "pdf")]
    [InlineData("js规范.v1.pdf", "js规范.v1.pdf", "pdf")]
    public void Check_GoodName_IsCleanedAndGivesTheExtension(string input, string name, string extension)
    {
        var result = FileNameRules.Check(input);

        Assert.Null(result.Error);
        Assert.Equal(name, result.Name);
        Assert.Equal(extension, result.Extension);
    }

    [Theory]
    [InlineData("", "请选择")]
    [InlineData("   ", "请选择")]
    [InlineData("a\0.pdf", "控制字符")]
    [InlineData("报告\r\n.pdf", "控制字符")]
    [InlineData("报告\u0007.pdf", "控制字符")]
    [InlineData("报告\u202Efdp.exe", "控制字符")] // right-to-left override: shows as "报告exe.pdf"
    [InlineData("报告\u200B.pdf", "控制字符")]
    [InlineData("../../etc/passwd.pdf", "路径")]
    [InlineData("..\\web.config.pdf", "路径")]
    [InlineData("C:\\Users\\a\\报告.pdf", "路径")]
    [InlineData("报告.jpg:evil.aspx", "路径")]
    [InlineData("报告..pdf", "路径")]
    [InlineData("报告.pdf.", "以点或空格结尾")]
    [InlineData("报告.aspx.", "以点或空格结尾")]
    [InlineData("报告.pdf ", "以点或空格结尾")]
    [InlineData("报告.pdf\u3000", "以点或空格结尾")]
    [InlineData("x.aspx.jpg", "可执行文件或网页的扩展名")]
    [InlineData("a.php.pdf", "可执行文件或网页的扩展名")]
    [InlineData("a.PHP5.png", "可执行文件或网页的扩展名")]
    [InlineData("x.asp;.jpg", "可执行文件或网页的扩展名")]
    [InlineData("shell.jsp.docx", "可执行文件或网页的扩展名")]
    [InlineData("setup.exe.zip", "可执行文件或网页的扩展名")]
    [InlineData("page.html.pdf", "可执行文件或网页的扩展名")]
    [InlineData("报告", "没有扩展名")]
    public void Check_BadName_IsRefusedWithTheReason(string input, string reason)
    {
        var result = FileNameRules.Check(input);

        Assert.Null(result.Name);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OverlongName_IsRefused() =>
        Assert.Contains("过长", FileNameRules.Check(new string('报', 197) + ".pdf").Error, StringComparison.Ordinal);

    [Fact]
    public void Check_NameAtTheLimit_IsAccepted() =>
        Assert.Null(FileNameRules.Check(new string('报', 196) + ".pdf").Error);
}
