using System.Net;
using System.Text.Json;
using GovSites.IntegrationTests.Fixture;

namespace GovSites.IntegrationTests.Platform;

public sealed class HealthTests(GovSitesFactory factory) : IntegrationTest(factory)
{
    [Fact]
    public async Task Healthz_DatabaseUp_IsHealthyWithoutSignIn()
    {
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheSitesAndUnitsApi()
    {
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = json.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/sites", out _));
        Assert.True(paths.TryGetProperty("/api/v1/sites/{id}/channels", out _));
        Assert.True(paths.TryGetProperty("/api/v1/units", out _));
    }

    [Fact]
    public async Task AdminPages_CarrySecurityHeaders()
    {
        using var client = Anonymous();

        var response = await client.Http.GetAsync(new Uri("/admin/signin", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
