using System.Net;

namespace GovSites.IntegrationTests.Access;

/// <summary>What a request for an object should meet: shown, refused (403), or not found (404).</summary>
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
        HttpStatusCode.NotFound => Outcome.NotFound,
        _ => throw new InvalidOperationException($"Unexpected {(int)response.StatusCode} {response.Headers.Location} for {response.RequestMessage?.RequestUri}"),
    };

}
