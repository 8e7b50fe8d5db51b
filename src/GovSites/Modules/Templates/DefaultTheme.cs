using System.Collections.Frozen;

namespace GovSites.Modules.Templates;

/// <summary>The shipped theme: embedded resources under Themes/Default (templates and assets/).</summary>
public static class DefaultTheme
{
    private const string Prefix = "GovSites.Modules.Templates.Themes.Default.";

    /// <summary>"#1f5fa8": a government blue with white text at 7:1.</summary>
    public const string MainColor = "#1f5fa8";

    public static readonly FrozenDictionary<TemplateName, string> Sources = LoadSources();

    /// <summary>Sorted by path, so every release copies them in the same order.</summary>
    public static readonly IReadOnlyList<(string Path, byte[] Content)> Assets = LoadAssets();

    public static string FileName(TemplateName name) => $"{name.ToString().ToLowerInvariant()}.liquid";

    private static FrozenDictionary<TemplateName, string> LoadSources() =>
        Enum.GetValues<TemplateName>().ToFrozenDictionary(n => n, n => ReadText(Prefix + FileName(n)));

    private static (string Path, byte[] Content)[] LoadAssets()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + "assets.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[(Prefix.Length + "assets.".Length)..], ReadBytes(n)))];
    }

    private static string ReadText(string resource)
    {
        using var stream = typeof(DefaultTheme).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The default theme lacks {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(string resource)
    {
        using var stream = typeof(DefaultTheme).Assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
