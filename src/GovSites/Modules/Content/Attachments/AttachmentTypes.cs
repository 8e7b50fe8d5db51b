namespace GovSites.Modules.Content.Attachments;

/// <summary>An extension we accept, what its content must be, and how it is served.</summary>
public sealed record AttachmentType(string Extension, AttachmentKind Kind, string ContentType, string Label, params FileFormat[] Formats);

/// <summary>
/// The allow-list of attachment types (the list: PDF, Office, WPS, OFD, images, archives). A file is
/// accepted only when its extension is here and its content (<see cref="FileSignatures"/>) is one of the
/// formats that extension allows.
/// </summary>
public static class AttachmentTypes
{
    private const string Word = "Word 文档";
    private const string Excel = "Excel 表格";
    private const string PowerPoint = "PowerPoint 演示文稿";

    public static readonly IReadOnlyList<AttachmentType> All =
    [
        new("pdf", AttachmentKind.Document, "application/pdf", "PDF 文件", FileFormat.Pdf),
        new("doc", AttachmentKind.Document, "application/msword", Word, FileFormat.Ole2),
        new("xls", AttachmentKind.Document, "application/vnd.ms-excel", Excel, FileFormat.Ole2),
        new("ppt", AttachmentKind.Document, "application/vnd.ms-powerpoint", PowerPoint, FileFormat.Ole2),
        new("docx", AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", Word, FileFormat.WordOpenXml),
        new("xlsx", AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Excel, FileFormat.ExcelOpenXml),
        new("pptx", AttachmentKind.Document, "application/vnd.openxmlformats-officedocument.presentationml.presentation", PowerPoint, FileFormat.PowerPointOpenXml),
        new("wps", AttachmentKind.Document, "application/kswps", "WPS 文字文档", FileFormat.Ole2),
        new("et", AttachmentKind.Document, "application/kset", "WPS 表格", FileFormat.Ole2),
        new("dps", AttachmentKind.Document, "application/ksdps", "WPS 演示文稿", FileFormat.Ole2),
        new("ofd", AttachmentKind.Document, "application/ofd", "OFD 版式文件", FileFormat.Ofd),
        new("jpg", AttachmentKind.Image, "image/jpeg", "JPG 图片", FileFormat.Jpeg),
        new("jpeg", AttachmentKind.Image, "image/jpeg", "JPG 图片", FileFormat.Jpeg),
        new("png", AttachmentKind.Image, "image/png", "PNG 图片", FileFormat.Png),
        new("gif", AttachmentKind.Image, "image/gif", "GIF 图片", FileFormat.Gif),
        new("webp", AttachmentKind.Image, "image/webp", "WebP 图片", FileFormat.Webp),
        new("bmp", AttachmentKind.Image, "image/bmp", "BMP 图片", FileFormat.Bmp),
        // Office and OFD files are ZIP files too: a zip may hold one.
        new("zip", AttachmentKind.Archive, "application/zip", "ZIP 压缩包", FileFormat.Zip, FileFormat.WordOpenXml, FileFormat.ExcelOpenXml, FileFormat.PowerPointOpenXml, FileFormat.Ofd),
        new("rar", AttachmentKind.Archive, "application/vnd.rar", "RAR 压缩包", FileFormat.Rar),
        new("7z", AttachmentKind.Archive, "application/x-7z-compressed", "7Z 压缩包", FileFormat.SevenZip),
    ];

    /// <summary>What the upload form says it accepts.</summary>
    public const string Summary = "PDF、Word、Excel、PowerPoint、WPS（wps/et/dps）、OFD、图片（jpg/png/gif/webp/bmp）和压缩包（zip/rar/7z）";

    /// <summary>The <c>accept</c> attribute of a file input: the extensions, so the browser's file chooser offers only these.</summary>
    public static string Accept(AttachmentKind? only = null) =>
        string.Join(',', All.Where(t => only is null || t.Kind == only).Select(t => "." + t.Extension));

    public static AttachmentType? ForExtension(string? extension) =>
        All.FirstOrDefault(t => string.Equals(t.Extension, extension, StringComparison.OrdinalIgnoreCase));
}
