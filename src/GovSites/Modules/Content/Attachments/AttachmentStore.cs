using System.Globalization;
using System.Security.Cryptography;
using GovSites.Platform.Data;
using GovSites.Platform.Time;

namespace GovSites.Modules.Content.Attachments;

/// <summary>
/// The files of attachments, under <c>{DataDirectory}/attachments</c>. An upload is written to
/// <c>.incoming/</c> first and renamed into <c>yyyy/MM/{random}{.ext}</c> only once it is accepted: the rename
/// is atomic on one file system, so a reader never sees half a file and a refused upload leaves nothing.
/// </summary>
public sealed class AttachmentStore(IConfiguration configuration)
{
    private readonly string root = Path.Combine(configuration.DataDirectory(), "attachments");

    private string Incoming => Path.Combine(root, ".incoming");

    /// <summary>A received file, not yet kept. Dispose deletes it unless <see cref="KeepAs"/> moved it.</summary>
    public sealed class Received(string path, long size, string sha256, bool tooLarge) : IDisposable
    {
        public string TempPath { get; } = path;

        public long Size { get; } = size;

        public string Sha256 { get; } = sha256;

        /// <summary>More bytes came than the limit; the copy stopped there.</summary>
        public bool TooLarge { get; } = tooLarge;

        public void Dispose() => File.Delete(TempPath);
    }

    /// <summary>Copies <paramref name="source"/> to a temporary file, hashing it, and stops after <paramref name="limit"/> bytes.</summary>
    public async Task<Received> ReceiveAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Incoming);
        var path = Path.Combine(Incoming, RandomName() + ".part");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long size = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                size += read;
                if (size > limit)
                {
                    break;
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch
        {
            File.Delete(path);
            throw;
        }

        return new Received(path, size, Convert.ToHexStringLower(hash.GetHashAndReset()), size > limit);
    }

    /// <summary>Moves an accepted file to its place and returns its stored name (<c>yyyy/MM/{random}.ext</c>).</summary>
    public string KeepAs(Received received, string extension, DateTimeOffset now)
    {
        var month = now.ToChina().ToString("yyyy/MM", CultureInfo.InvariantCulture);
        var storedName = $"{month}/{RandomName()}.{extension}";
        var path = PathOf(storedName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(received.TempPath, path, overwrite: false);
        return storedName;
    }

    /// <summary>The full path of a stored name; refuses anything that would leave the attachments folder.</summary>
    public string PathOf(string storedName)
    {
        var path = Path.GetFullPath(Path.Combine(root, storedName));
        if (!path.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Stored name {storedName} points outside the attachments folder.");
        }

        return path;
    }

    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    private static string RandomName() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
