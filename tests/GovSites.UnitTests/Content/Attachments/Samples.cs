using System.IO.Compression;
using System.Text;

namespace GovSites.UnitTests.Content.Attachments;

/// <summary>Small real files, or the real first bytes of one: enough for the signature table to judge.</summary>
internal static class Samples
{
    public static byte[] Pdf => Encoding.Latin1.GetBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A 1×1 PNG.</summary>
    public static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /// <summary>A 1×1 GIF89a.</summary>
    public static byte[] Gif => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    /// <summary>A 1×1 lossy WebP.</summary>
    public static byte[] Webp => Convert.FromBase64String("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

    /// <summary>The JFIF header of a JPEG.</summary>
    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>A 1×1 24-bit BMP (BITMAPINFOHEADER, 40 bytes).</summary>
    public static byte[] Bmp
    {
        get
        {
            var bmp = new byte[58];
            "BM"u8.CopyTo(bmp);
            BitConverter.GetBytes(58).CopyTo(bmp, 2);
            BitConverter.GetBytes(54).CopyTo(bmp, 10);
            BitConverter.GetBytes(40).CopyTo(bmp, 14);
            BitConverter.GetBytes(1).CopyTo(bmp, 18);
            BitConverter.GetBytes(1).CopyTo(bmp, 22);
            BitConverter.GetBytes((short)1).CopyTo(bmp, 26);
            BitConverter.GetBytes((short)24).CopyTo(bmp, 28);
            return bmp;
        }
    }

    public static byte[] Rar4 => [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x00, 0xCF, 0x90, 0x73, 0x00, 0x00, 0x0D, 0x00];

    public static byte[] Rar5 => [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07, 0x01, 0x00, 0x33, 0x92, 0xB5, 0xE5, 0x0A, 0x01];

    public static byte[] SevenZip => [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C, 0x00, 0x04, 0x8D, 0x9B, 0xD5, 0x0F];

    /// <summary>An OLE2 compound file (what .doc, .xls, .ppt, .wps, .et and .dps are) with a root entry of the given CLSID.</summary>
    public static byte[] Ole2(byte[]? rootClassId = null)
    {
        var file = new byte[1024];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
        BitConverter.GetBytes((ushort)0x003E).CopyTo(file, 0x18); // minor version
        BitConverter.GetBytes((ushort)0x0003).CopyTo(file, 0x1A); // major version 3: 512-byte sectors
        BitConverter.GetBytes((ushort)0xFFFE).CopyTo(file, 0x1C); // little-endian
        BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E); // sector shift
        BitConverter.GetBytes(0).CopyTo(file, 0x30); // first directory sector
        Encoding.Unicode.GetBytes("Root Entry").CopyTo(file, 512);
        (rootClassId ?? new byte[16]).CopyTo(file, 512 + 0x50);
        return file;
    }

    /// <summary>The root CLSID of a Windows Installer package (.msi): {000C1084-0000-0000-C000-000000000046}.</summary>
    public static byte[] InstallerClassId => [0x84, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

    public static byte[] Docx => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");

    public static byte[] Xlsx => Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");

    public static byte[] Pptx => Zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml");

    public static byte[] Ofd => Zip("OFD.xml", "Doc_0/Document.xml");

    public static byte[] PlainZip => Zip("说明.txt", "附表/名单.xlsx");

    public static byte[] Elf => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3E, 0x00];

    public static byte[] WindowsExe => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] MachO => [0xCF, 0xFA, 0xED, 0xFE, 0x0C, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00];

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    public static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write("<x/>");
            }
        }

        return buffer.ToArray();
    }
}
