using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovSites.Modules.Content.Attachments;

/// <summary>What a file is, judged by its bytes.</summary>
public enum FileFormat
{
    Unknown,
    Executable,
    Script,
    Pdf,
    Ole2,
    WordOpenXml,
    ExcelOpenXml,
    PowerPointOpenXml,
    Ofd,
    Zip,
    Rar,
    SevenZip,
    Jpeg,
    Png,
    Gif,
    Webp,
    Bmp,
}

/// <summary>
/// Decides a file's format from its content (magic bytes), never from its name. Our table, each entry
/// with where it is defined:
/// <list type="bullet">
/// <item>PDF: <c>%PDF-</c> at 0 (ISO 32000-1 §7.5.2).</item>
/// <item>OLE2 compound file (doc, xls, ppt, wps, et, dps): <c>D0 CF 11 E0 A1 B1 1A E1</c> at 0 ([MS-CFB] §2.2);
/// a compound file whose root CLSID is a Windows Installer package, patch or transform counts as an executable.</item>
/// <item>ZIP: <c>PK 03 04</c> at 0 (APPNOTE §4.3.7); inside, <c>[Content_Types].xml</c> plus <c>word/</c>,
/// <c>xl/</c> or <c>ppt/</c> makes it OOXML (ECMA-376 Part 2), <c>OFD.xml</c> at the root makes it OFD (GB/T 33190-2016 §7).</item>
/// <item>RAR: <c>Rar! 1A 07</c> at 0 (4.x and 5.x); 7z: <c>37 7A BC AF 27 1C</c> at 0.</item>
/// <item>JPEG <c>FF D8 FF</c>; PNG <c>89 50 4E 47 0D 0A 1A 0A</c>; GIF <c>GIF87a</c>/<c>GIF89a</c>;
/// WebP <c>RIFF</c> at 0 and <c>WEBP</c> at 8; BMP <c>BM</c> at 0 with a known DIB header size at 14.</item>
/// <item>Executables, refused whatever their name: PE/DOS <c>MZ</c>, ELF <c>7F 45 4C 46</c>, Mach-O and Java
/// class files, <c>#!</c> scripts, and text that opens as a server page or web page (<c>&lt;?php</c>,
/// <c>&lt;%</c>, <c>&lt;script</c>, <c>&lt;html</c>, <c>&lt;svg</c>, <c>&lt;?xml</c> …).</item>
/// </list>
/// </summary>
public static class FileSignatures
{
    private const int HeadLength = 512;

    private static readonly (FileFormat Format, int Offset, byte[] Bytes)[] Simple =
    [
        (FileFormat.Pdf, 0, "%PDF-"u8.ToArray()),
        (FileFormat.Ole2, 0, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        (FileFormat.Zip, 0, [0x50, 0x4B, 0x03, 0x04]),
        (FileFormat.Rar, 0, [0x52, 0x61, 0x72, 0x21, 0x1A, 0x07]),
        (FileFormat.SevenZip, 0, [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        (FileFormat.Jpeg, 0, [0xFF, 0xD8, 0xFF]),
        (FileFormat.Png, 0, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        (FileFormat.Gif, 0, "GIF87a"u8.ToArray()),
        (FileFormat.Gif, 0, "GIF89a"u8.ToArray()),
    ];

    private static readonly byte[][] ExecutableMagic =
    [
        "MZ"u8.ToArray(),
        [0x7F, 0x45, 0x4C, 0x46],
        [0xFE, 0xED, 0xFA, 0xCE], [0xFE, 0xED, 0xFA, 0xCF], [0xCE, 0xFA, 0xED, 0xFE], [0xCF, 0xFA, 0xED, 0xFE],
        [0xCA, 0xFE, 0xBA, 0xBE],
        "#!"u8.ToArray(),
    ];

    private static readonly string[] ScriptStarts =
    [
        "<?php", "<?=", "<%", "<script", "<html", "<!doctype", "<head", "<body", "<iframe", "<svg", "<?xml", "<!--",
    ];

    /// <summary>Windows Installer package, patch and transform (root CLSIDs 000C1084/86/82-0000-0000-C000-000000000046).</summary>
    private static readonly byte[][] InstallerClassIds =
    [
        [0x84, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46],
        [0x86, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46],
        [0x82, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46],
    ];

    private static readonly uint[] BitmapHeaderSizes = [12, 40, 52, 56, 64, 108, 124];

    /// <summary>Reads <paramref name="content"/> (seekable) from its start and names its format.</summary>
    public static FileFormat Detect(Stream content)
    {
        var buffer = new byte[HeadLength];
        content.Position = 0;
        var head = buffer[..content.ReadAtLeast(buffer, HeadLength, throwOnEndOfStream: false)];

        if (ExecutableMagic.Any(m => head.AsSpan().StartsWith(m)))
        {
            return FileFormat.Executable;
        }

        if (LooksLikeMarkup(head))
        {
            return FileFormat.Script;
        }

        var format = Simple.FirstOrDefault(s => head.AsSpan(Math.Min(s.Offset, head.Length)).StartsWith(s.Bytes)).Format;
        return format switch
        {
            FileFormat.Ole2 => IsInstaller(content) ? FileFormat.Executable : FileFormat.Ole2,
            FileFormat.Zip => InspectZip(content),
            FileFormat.Unknown when IsWebp(head) => FileFormat.Webp,
            FileFormat.Unknown when IsBitmap(head) => FileFormat.Bmp,
            _ => format,
        };
    }

    private static bool IsWebp(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..].StartsWith("WEBP"u8);

    private static bool IsBitmap(ReadOnlySpan<byte> head) =>
        head.Length >= 18 && head.StartsWith("BM"u8)
        && BitmapHeaderSizes.Contains(BinaryPrimitives.ReadUInt32LittleEndian(head[14..]));

    /// <summary>Text that a browser or a server would treat as a page or a script (after a BOM and blanks).</summary>
    private static bool LooksLikeMarkup(ReadOnlySpan<byte> head)
    {
        var text = head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? head[3..] : head;
        var start = Encoding.Latin1.GetString(text).TrimStart();
        return ScriptStarts.Any(s => start.StartsWith(s, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The root directory entry of a compound file carries the CLSID of the application that made it ([MS-CFB] §2.6.1).</summary>
    private static bool IsInstaller(Stream content)
    {
        var header = new byte[512];
        content.Position = 0;
        if (content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
        {
            return false;
        }

        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(0x1E));
        var firstDirectorySector = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(0x30));
        if (sectorShift is not (9 or 12) || firstDirectorySector >= 0xFFFFFFFA)
        {
            return false;
        }

        var rootEntry = ((long)firstDirectorySector + 1) << sectorShift;
        if (rootEntry + 0x60 > content.Length)
        {
            return false;
        }

        var classId = new byte[16];
        content.Position = rootEntry + 0x50;
        content.ReadExactly(classId);
        return InstallerClassIds.Any(c => classId.AsSpan().SequenceEqual(c));
    }

    /// <summary>Reads only the central directory: the names of the parts, never their content.</summary>
    private static FileFormat InspectZip(Stream content)
    {
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var names = zip.Entries.Select(e => e.FullName).ToList();
            if (names.Contains("[Content_Types].xml"))
            {
                if (names.Any(n => n.StartsWith("word/", StringComparison.Ordinal)))
                {
                    return FileFormat.WordOpenXml;
                }

                if (names.Any(n => n.StartsWith("xl/", StringComparison.Ordinal)))
                {
                    return FileFormat.ExcelOpenXml;
                }

                if (names.Any(n => n.StartsWith("ppt/", StringComparison.Ordinal)))
                {
                    return FileFormat.PowerPointOpenXml;
                }
            }

            return names.Any(n => n.Equals("OFD.xml", StringComparison.OrdinalIgnoreCase)) ? FileFormat.Ofd : FileFormat.Zip;
        }
        catch (InvalidDataException)
        {
            return FileFormat.Unknown;
        }
    }
}
