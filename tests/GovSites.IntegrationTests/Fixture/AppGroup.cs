namespace GovSites.IntegrationTests.Fixture;

/// <summary>Every integration test shares one host and one database, reset before each test, so they run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppGroup : ICollectionFixture<GovSitesFactory>
{
    public const string Name = "app";
}
