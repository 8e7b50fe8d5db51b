using GovSites.IntegrationTests.Fixture;
using GovSites.Modules.Review.Chains;
using Microsoft.EntityFrameworkCore;

namespace GovSites.IntegrationTests.Review;

/// <summary>The demo county starts with a chain on every site, so articles can be submitted at once.</summary>
public sealed class DemoReviewChainsTests(GovSitesFactory factory) : ReviewTest(factory)
{
    [Fact]
    public async Task Seed_EverySite_HasAChainWithReviewSourceCheckAndSecrecy()
    {
        var sites = await WithDbAsync(db => db.Sites.Select(s => s.Id).ToListAsync());
        var chains = await WithDbAsync(db => db.Set<ReviewChain>().Include(c => c.Steps).Where(c => c.ChannelId == null).ToListAsync());

        Assert.Equal(sites.Order(), chains.Select(c => c.SiteId).Order());
        Assert.All(chains, c => Assert.Equal(
            [("初审", ReviewStepKind.Ordinary, "Reviewer"), ("来源审核", ReviewStepKind.SourceCheck, "Reviewer"), ("保密审查", ReviewStepKind.Secrecy, "SecrecyReviewer")],
            c.Steps.OrderBy(s => s.Order).Select(s => (s.Name, s.Kind, s.Role!))));
    }

    [Fact]
    public async Task Seed_Portal_HasAReviewerAndASecrecyReviewerOfTheCountyGovernment()
    {
        using var reviewer = await SignInAsync("portal.reviewer");
        using var secrecy = await SignInAsync("portal.secrecy");
        var articleId = await CreateDraftAsync(siteKey: "portal", author: "portal.editor", channelKey: "spyw");
        var reviewId = await SubmittedReviewAsync(articleId, submitter: "portal.editor");

        await DecideAsync(reviewer, reviewId, "approve");
        await DecideAsync(secrecy, reviewId, "approve");

        Assert.NotNull((await ArticleAsync(articleId)).LiveRevisionId);
    }
}
