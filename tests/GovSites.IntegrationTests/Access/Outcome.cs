using System.Net;

namespace GovSites.IntegrationTests.Access;

/// <summary>What a request for an object should meet: shown, refused (403 or the 无权访问 page), or not found (404).</summary>
public enum Outcome
{
    Shown,
    Forbidden,
    NotFound,
}

public static class OutcomeOf
{
    public static Outcome Read(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Outcome.Shown,
        HttpStatusCode.Forbidden => Outcome.Forbidden,
        HttpStatusCode.Redirect when IsDeniedPage(response.Headers.Location) => Outcome.Forbidden,
        HttpStatusCode.NotFound => Outcome.NotFound,
        _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode} {response.Headers.Location} for {response.RequestMessage?.RequestUri}"),
    };

    private static bool IsDeniedPage(Uri? location) =>
        location is not null
        && (location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).StartsWith("/admin/denied", StringComparison.Ordinal);
}
