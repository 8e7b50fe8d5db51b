using GovSites.Modules.Templates;

namespace GovSites.UnitTests.Templates;

/// <summary>
/// Writes every template rendered with sample models (portal and unit site) to THEME_SAMPLES_DIR, for
/// scripts/validate-theme.sh to check with html-validate. Without the variable it only renders.
/// </summary>
public sealed class ThemeSampleFiles
{
    [Fact]
    public void Write_EverySamplePage_RendersAndIsWritten()
    {
        var directory = Environment.GetEnvironmentVariable("THEME_SAMPLES_DIR");
        var theme = new FluidSiteTheme(DefaultTheme.Sources, DefaultTheme.MainColor);
        foreach (var site in new[] { SampleSites.Portal(), SampleSites.Unit() })
        {
            foreach (var name in Enum.GetValues<TemplateName>().Where(n => n != TemplateName.Layout))
            {
                var html = theme.Render(name, SamplePages.For(name, site));
                Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
                if (!string.IsNullOrEmpty(directory))
                {
                    Directory.CreateDirectory(directory);
                    File.WriteAllText(Path.Combine(directory, $"{site.Key}-{DefaultTheme.FileName(name)}.html"), html);
                }
            }
        }
    }
}
