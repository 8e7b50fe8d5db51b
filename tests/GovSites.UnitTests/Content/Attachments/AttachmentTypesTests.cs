using GovSites.Modules.Content.Attachments;

namespace GovSites.UnitTests.Content.Attachments;

/// <summary>The extension says what a file must be; its content has to agree.</summary>
public sealed class AttachmentTypesTests
{
    private static bool Accepts(string extension, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return AttachmentTypes.ForExtension(extension)!.Formats.Contains(FileSignatures.Detect(stream));
    }

    public static TheoryData<string, byte[]> Matching => new()
    {
        { "pdf", Samples.Pdf },
        { "doc", Samples.Ole2() }, { "xls", Samples.Ole2() }, { "ppt", Samples.Ole2() },
        { "wps", Samples.Ole2() }, { "et", Samples.Ole2() }, { "dps", Samples.Ole2() },
        { "docx", Samples.Docx }, { "xlsx", Samples.Xlsx }, { "pptx", Samples.Pptx },
        { "ofd", Samples.Ofd },
        { "zip", Samples.PlainZip }, { "zip", Samples.Docx }, { "rar", Samples.Rar5 }, { "7z", Samples.SevenZip },
        { "jpg", Samples.Jpeg }, { "jpeg", Samples.Jpeg }, { "png", Samples.Png }, { "gif", Samples.Gif },
        { "webp", Samples.Webp }, { "bmp", Samples.Bmp },
    };

    [Theory]
    [MemberData(nameof(Matching))]
    public void Formats_ContentOfTheNamedType_IsAccepted(string extension, byte[] bytes) => Assert.True(Accepts(extension, bytes));

    public static TheoryData<string, byte[]> Mismatching => new()
    {
        { "pdf", Samples.WindowsExe },
        { "pdf", Samples.Elf },
        { "pdf", Samples.Text("<?php echo 1; ?>") },
        { "pdf", Samples.Docx },
        { "doc", Samples.Ole2(Samples.InstallerClassId) },
        { "docx", Samples.Xlsx },
        { "docx", Samples.PlainZip },
        { "xlsx", Samples.Ole2() },
        { "ofd", Samples.PlainZip },
        { "jpg", Samples.Png },
        { "png", Samples.Text("<svg onload=alert(1)>") },
        { "gif", Samples.Pdf },
        { "zip", Samples.Rar5 },
        { "rar", Samples.PlainZip },
        { "7z", Samples.WindowsExe },
    };

    [Theory]
    [MemberData(nameof(Mismatching))]
    public void Formats_ContentOfAnotherType_IsRefused(string extension, byte[] bytes) => Assert.False(Accepts(extension, bytes));

    [Theory]
    [InlineData("exe")]
    [InlineData("html")]
    [InlineData("svg")]
    [InlineData("docm")]
    [InlineData("txt")]
    [InlineData("")]
    public void ForExtension_NotOnTheList_IsNull(string extension) => Assert.Null(AttachmentTypes.ForExtension(extension));

    [Theory]
    [InlineData("PDF", AttachmentKind.Document)]
    [InlineData("Jpg", AttachmentKind.Image)]
    [InlineData("7z", AttachmentKind.Archive)]
    public void ForExtension_AnyCase_FindsTheKind(string extension, AttachmentKind kind) =>
        Assert.Equal(kind, AttachmentTypes.ForExtension(extension)!.Kind);
}
