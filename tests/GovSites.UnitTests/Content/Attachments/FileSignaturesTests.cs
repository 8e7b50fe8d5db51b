using System.Text;
using GovSites.Modules.Content.Attachments;

namespace GovSites.UnitTests.Content.Attachments;

public sealed class FileSignaturesTests
{
    private static FileFormat Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FileSignatures.Detect(stream);
    }

    public static TheoryData<string, byte[], FileFormat> GoodFiles => new()
    {
        { "pdf", Samples.Pdf, FileFormat.Pdf },
        { "doc/xls/ppt/wps/et/dps", Samples.Ole2(), FileFormat.Ole2 },
        { "docx", Samples.Docx, FileFormat.WordOpenXml },
        { "xlsx", Samples.Xlsx, FileFormat.ExcelOpenXml },
        { "pptx", Samples.Pptx, FileFormat.PowerPointOpenXml },
        { "ofd", Samples.Ofd, FileFormat.Ofd },
        { "zip", Samples.PlainZip, FileFormat.Zip },
        { "rar 4", Samples.Rar4, FileFormat.Rar },
        { "rar 5", Samples.Rar5, FileFormat.Rar },
        { "7z", Samples.SevenZip, FileFormat.SevenZip },
        { "jpg", Samples.Jpeg, FileFormat.Jpeg },
        { "png", Samples.Png, FileFormat.Png },
        { "gif", Samples.Gif, FileFormat.Gif },
        { "webp", Samples.Webp, FileFormat.Webp },
        { "bmp", Samples.Bmp, FileFormat.Bmp },
    };

    [Theory]
    [MemberData(nameof(GoodFiles))]
    public void Detect_RealHeader_NamesTheFormat(string what, byte[] bytes, FileFormat expected) =>
        Assert.True(expected == Detect(bytes), what);

    public static TheoryData<string, byte[]> Executables => new()
    {
        { "Windows PE", Samples.WindowsExe },
        { "Linux ELF", Samples.Elf },
        { "macOS Mach-O", Samples.MachO },
        { "Windows Installer in an OLE2 file", Samples.Ole2(Samples.InstallerClassId) },
        { "shell script", Samples.Text("#!/bin/sh\nrm -rf /\n") },
    };

    [Theory]
    [MemberData(nameof(Executables))]
    public void Detect_Executable_IsAnExecutable(string what, byte[] bytes) =>
        Assert.True(Detect(bytes) == FileFormat.Executable, what);

    [Theory]
    [InlineData("<?php system($_GET['c']); ?>")]
    [InlineData("<?= `id` ?>")]
    [InlineData("<%@ Page Language=\"C#\" %><% Response.Write(1); %>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<!DOCTYPE html><html><body onload=alert(1)>")]
    [InlineData("\r\n\t  <HTML><script src=//x></script>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<?xml version=\"1.0\"?><xsl:stylesheet/>")]
    public void Detect_ServerPageOrWebPage_IsAScript(string text) =>
        Assert.Equal(FileFormat.Script, Detect(Samples.Text(text)));

    [Fact]
    public void Detect_WebPageAfterAByteOrderMark_IsAScript() =>
        Assert.Equal(FileFormat.Script, Detect([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("  <script>alert(1)</script>")]));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x42, 0x4D, 0x00, 0x00 })] // "BM" without a bitmap header
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 0x00, 0x00, 0x00, 0x00, 0x57, 0x41, 0x56, 0x45 })] // RIFF WAVE, not WebP
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02, 0x03 })] // a damaged zip
    [InlineData(new byte[] { 0x25, 0x21, 0x50, 0x53 })] // %!PS, PostScript
    public void Detect_NothingWeKnow_IsUnknown(byte[] bytes) => Assert.Equal(FileFormat.Unknown, Detect(bytes));

    [Fact]
    public void Detect_PlainText_IsUnknown() => Assert.Equal(FileFormat.Unknown, Detect(Samples.Text("泷泊镇2024年工作总结")));

    [Fact]
    public void Detect_ReadsFromTheStartWhereverTheStreamIs()
    {
        using var stream = new MemoryStream(Samples.Pdf);
        stream.Position = 10;

        Assert.Equal(FileFormat.Pdf, FileSignatures.Detect(stream));
    }
}
