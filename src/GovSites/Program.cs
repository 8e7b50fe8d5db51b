using GovSites.Demo;
using GovSites.Modules.Audit;
using GovSites.Modules.Content;
using GovSites.Modules.Organization;
using GovSites.Modules.Publishing;
using GovSites.Modules.Review;
using GovSites.Modules.Search;
using GovSites.Modules.Search.Public;
using GovSites.Modules.Sites;
using GovSites.Modules.Submissions;
using GovSites.Modules.Templates;
using GovSites.Platform.Cli;
using GovSites.Platform.Data;
using GovSites.Platform.Web;

// Settings are read once at start (options are singletons), so watching appsettings*.json for changes buys nothing,
// and the watcher is recursive over the content root, which holds data/ by default: it took an event for every file
// a publish writes. Restart the service to apply a changed setting.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

builder.Services.AddWeb(builder.Configuration);
builder.Services.AddData(builder.Configuration);
builder.Services.AddOrganization(builder.Configuration);
builder.Services.AddSites();
builder.Services.AddContent();
builder.Services.AddReview();
builder.Services.AddSubmissions();
builder.Services.AddTemplates();
builder.Services.AddPublishing(builder.Configuration);
builder.Services.AddReleaseServing(builder.Configuration);
builder.Services.AddAudit();
builder.Services.AddSearch(builder.Configuration);
builder.Services.AddDemo();

var app = builder.Build();

if (Verbs.IsVerb(args))
{
    return await Verbs.RunAsync(app.Services, args);
}

await app.PrepareDatabaseAsync();

app.UseReleaseServing();
app.UseWeb();
app.MapOrganizationApi();
app.MapSitesApi();
app.MapSearch();
app.MapTemplates();

await app.RunAsync();
return 0;

/// <summary>Entry point, public so the integration tests can host it.</summary>
public partial class Program;
