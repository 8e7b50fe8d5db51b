using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Content.Attachments;

/// <summary>Posts files to the attachments endpoint as the editor (JSON) or the plain form would.</summary>
internal static class Uploads
{
    public static byte[] Pdf => Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static byte[] Jpeg => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Elf => [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x00, 0x3E, 0x00];

    public static byte[] WindowsExe => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    /// <summary>A compound file whose root CLSID says Windows Installer: an .msi renamed.</summary>
    public static byte[] Msi
    {
        get
        {
            var file = new byte[1024];
            new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(file, 0);
            BitConverter.GetBytes((ushort)9).CopyTo(file, 0x1E);
            new byte[] { 0x84, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46 }.CopyTo(file, 512 + 0x50);
            return file;
        }
    }

    public static byte[] Docx => Zip("[Content_Types].xml", "word/document.xml");

    public static byte[] Xlsx => Zip("[Content_Types].xml", "xl/workbook.xml");

    public static byte[] Text(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The anti-forgery token of the signed-in user: every admin page has one in the sign-out form.</summary>
    public static async Task<string> TokenAsync(StaffClient client)
    {
        var (_, page) = await client.GetPageAsync("/admin");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    /// <summary>As editor.js does: multipart, <c>Accept: application/json</c>, the token in a header.</summary>
    public static async Task<HttpResponseMessage> PostJsonAsync(StaffClient client, string url, string fileName, byte[] content, bool imageOnly = false, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = Multipart(fileName, content, imageOnly) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("RequestVerificationToken", token ?? await TokenAsync(client));
        return await client.Http.SendAsync(request);
    }

    /// <summary>As the attachments partial's form does without JavaScript: the token in a form field.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(StaffClient client, string url, string fileName, byte[] content)
    {
        var form = Multipart(fileName, content, imageOnly: false);
        form.Add(new StringContent(await TokenAsync(client)), "__RequestVerificationToken");
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static MultipartFormDataContent Multipart(string fileName, byte[] content, bool imageOnly)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        // The name goes as the browser sends it: a quoted filename, UTF-8, nothing stripped.
        file.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"File\"", FileName = "\"" + fileName + "\"" };
        form.Add(file);
        if (imageOnly)
        {
            form.Add(new StringContent("true"), "ImageOnly");
        }

        return form;
    }

    private static byte[] Zip(params string[] entries)
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
