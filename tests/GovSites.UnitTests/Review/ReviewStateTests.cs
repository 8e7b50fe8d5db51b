using GovSites.Modules.Organization;
using GovSites.Modules.Review;
using GovSites.Modules.Review.Chains;
using GovSites.Platform;
using ReviewProcess = GovSites.Modules.Review.Review;

namespace GovSites.UnitTests.Review;

/// <summary>Every transition of the review state machine, legal and illegal.</summary>
public sealed class ReviewStateTests
{
    private const int UnitId = 7;
    private const int AuthorId = 100;
    private const int SubmitterId = 101;
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    private static readonly ReviewActor Reviewer = new(200, "刘卫东", UnitId, [RoleNames.Reviewer], HasGrant: true);
    private static readonly ReviewActor Secrecy = new(201, "何永红", UnitId, [RoleNames.SecrecyReviewer], HasGrant: true);

    internal static ReviewChain Chain(bool allowSelfApproval = false) => new()
    {
        SiteId = 3,
        AllowSelfApproval = allowSelfApproval,
        Steps =
        [
            new() { Order = 1, Name = "初审", Kind = ReviewStepKind.Ordinary, Role = RoleNames.Reviewer },
            new() { Order = 2, Name = "来源审核", Kind = ReviewStepKind.SourceCheck, Role = RoleNames.Reviewer },
            new() { Order = 3, Name = "保密审查", Kind = ReviewStepKind.Secrecy, Role = RoleNames.SecrecyReviewer },
        ],
    };

    private static ReviewProcess Start(ReviewChain? chain = null, bool external = false) =>
        ReviewProcess.Start(chain ?? Chain(), new ReviewProcess.Submission(1, 11, 3, 5, UnitId, AuthorId, external, SubmitterId, Now));

    private static ReviewProcess InState(ReviewState state)
    {
        var review = Start();
        switch (state)
        {
            case ReviewState.Approved:
                review.Approve(1, Reviewer, null, Now);
                review.Approve(2, Secrecy, null, Now);
                break;
            case ReviewState.Returned:
                review.Return(1, Reviewer, "请补充来源", Now);
                break;
            case ReviewState.Recalled:
                review.Recall(SubmitterId, Now);
                break;
        }

        Assert.Equal(state, review.State);
        return review;
    }

    [Fact]
    public void Start_OwnArticle_SkipsTheSourceCheckAndEndsWithTheSecrecyStep()
    {
        var review = Start();

        Assert.Equal(["初审", "保密审查"], review.Steps.Select(s => s.Name));
        Assert.Equal([1, 2], review.Steps.Select(s => s.Order));
        Assert.Equal(ReviewState.InProgress, review.State);
        Assert.Equal(1, review.CurrentStep);
    }

    [Fact]
    public void Start_ExternalSource_AddsTheSourceCheckBeforeTheSecrecyStep()
    {
        var review = Start(external: true);

        Assert.Equal(["初审", "来源审核", "保密审查"], review.Steps.Select(s => s.Name));
    }

    [Fact]
    public void Start_ChainWithoutSecrecyStep_IsRefused()
    {
        var chain = Chain();
        chain.Steps.RemoveAll(s => s.Kind == ReviewStepKind.Secrecy);

        var e = Assert.Throws<RuleViolationException>(() => Start(chain));
        Assert.Contains("保密审查", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_CopiesTheSteps_SoChangingTheChainLaterMovesNothing()
    {
        var chain = Chain();
        var review = Start(chain);

        chain.Steps[0].Name = "改名";
        chain.Steps[0].Role = RoleNames.PortalEditor;

        Assert.Equal("初审", review.Steps[0].Name);
        Assert.Equal(RoleNames.Reviewer, review.Steps[0].Role);
    }

    [Fact]
    public void Approve_CurrentStepByHolder_RecordsTheDecisionAndMovesOn()
    {
        var review = Start();

        var finished = review.Approve(1, Reviewer, "  同意  ", Now);

        Assert.False(finished);
        Assert.Equal(2, review.CurrentStep);
        Assert.Equal(ReviewState.InProgress, review.State);
        var decision = Assert.Single(review.Decisions);
        Assert.Equal((1, "初审", 200, "刘卫东", ReviewDecisionKind.Approve, "同意", Now), (decision.StepOrder, decision.StepName, decision.AccountId, decision.AccountName, decision.Decision, decision.Opinion, decision.DecidedAt));
    }

    [Fact]
    public void Approve_LastStep_ApprovesTheReview()
    {
        var review = Start();
        review.Approve(1, Reviewer, null, Now);

        var finished = review.Approve(2, Secrecy, null, Now.AddMinutes(5));

        Assert.True(finished);
        Assert.Equal(ReviewState.Approved, review.State);
        Assert.Equal(Now.AddMinutes(5), review.FinishedAt);
        Assert.Equal(2, review.Decisions.Count);
    }

    [Fact]
    public void Approve_ExternalSource_PassesThroughAllThreeSteps()
    {
        var review = Start(external: true);

        Assert.False(review.Approve(1, Reviewer, null, Now));
        Assert.False(review.Approve(2, Reviewer, "来源已核实", Now));
        Assert.True(review.Approve(3, Secrecy, null, Now));
        Assert.Equal(["初审", "来源审核", "保密审查"], review.Decisions.Select(d => d.StepName));
    }

    [Fact]
    public void Approve_StepAlreadyDecided_IsRefusedAsTakenByAnother()
    {
        var review = Start();
        review.Approve(1, Reviewer, null, Now);

        var e = Assert.Throws<RuleViolationException>(() => review.Approve(1, Reviewer, null, Now));

        Assert.Equal("该环节已由他人处理，请刷新页面查看最新进度。", e.Message);
        Assert.Single(review.Decisions);
        Assert.Equal(2, review.CurrentStep);
    }

    [Theory]
    [InlineData("Approve")]
    [InlineData("Return")]
    public void Decide_StepNotYetReached_IsRefused(string action)
    {
        var review = Start();

        var e = Assert.Throws<RuleViolationException>(() => Decide(review, action, 2, Secrecy));

        Assert.Contains("还没有轮到该环节", e.Message, StringComparison.Ordinal);
        AssertUnchanged(review);
    }

    public static TheoryData<string, ReviewActor> NonHolders => new()
    {
        { "wrong role", Secrecy },
        { "no grant on the site", Reviewer with { HasGrant = false } },
        { "another unit", Reviewer with { UnitId = 8 } },
        { "no role at all", Reviewer with { Roles = [RoleNames.InfoOfficer] } },
    };

    [Theory]
    [MemberData(nameof(NonHolders))]
    public void Approve_ByNonHolder_IsRefused(string why, ReviewActor actor)
    {
        var review = Start();

        var e = Assert.Throws<RuleViolationException>(() => review.Approve(1, actor, null, Now));

        Assert.True(e.Message.Contains("不是“初审”环节的审核人", StringComparison.Ordinal), why);
        AssertUnchanged(review);
    }

    [Theory]
    [MemberData(nameof(NonHolders))]
    public void Return_ByNonHolder_IsRefused(string why, ReviewActor actor)
    {
        var review = Start();

        Assert.Throws<RuleViolationException>(() => review.Return(1, actor, "不同意", Now));

        Assert.True(review.State == ReviewState.InProgress, why);
        AssertUnchanged(review);
    }

    [Fact]
    public void Approve_NamedStep_OnlyTheNamedAccountsHoldIt()
    {
        var chain = Chain();
        chain.Steps[0].Role = null;
        chain.Steps[0].AccountIds = [300];
        var review = Start(chain);
        var named = new ReviewActor(300, "分管领导", UnitId, [], HasGrant: false);

        Assert.Throws<RuleViolationException>(() => review.Approve(1, Reviewer, null, Now));
        Assert.Throws<RuleViolationException>(() => review.Approve(1, named with { UnitId = 8 }, null, Now));
        review.Approve(1, named, null, Now);

        Assert.Equal(2, review.CurrentStep);
    }

    [Theory]
    [InlineData(AuthorId)]
    [InlineData(SubmitterId)]
    public void Approve_OwnArticleWhereForbidden_IsRefused(int accountId)
    {
        var review = Start();

        var e = Assert.Throws<RuleViolationException>(() => review.Approve(1, Reviewer with { AccountId = accountId }, null, Now));

        Assert.Contains("不允许审核通过本人", e.Message, StringComparison.Ordinal);
        AssertUnchanged(review);
    }

    [Fact]
    public void Approve_OwnArticleWhereAllowed_Passes()
    {
        var review = Start(Chain(allowSelfApproval: true));

        review.Approve(1, Reviewer with { AccountId = AuthorId }, null, Now);

        Assert.Equal(2, review.CurrentStep);
    }

    [Fact]
    public void Return_OwnArticle_IsAllowedEvenWhereSelfApprovalIsNot()
    {
        var review = Start();

        review.Return(1, Reviewer with { AccountId = SubmitterId }, "需要修改", Now);

        Assert.Equal(ReviewState.Returned, review.State);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Return_WithoutReason_IsRefused(string? reason)
    {
        var review = Start();

        var e = Assert.Throws<RuleViolationException>(() => review.Return(1, Reviewer, reason, Now));

        Assert.Equal("退回须填写退回原因，以便作者修改。", e.Message);
        AssertUnchanged(review);
    }

    [Fact]
    public void Return_WithReason_EndsTheReviewWithTheReasonForTheAuthor()
    {
        var review = Start();
        review.Approve(1, Reviewer, null, Now);

        review.Return(2, Secrecy, " 涉及内部数据，请删除第三段 ", Now);

        Assert.Equal(ReviewState.Returned, review.State);
        Assert.Equal(Now, review.FinishedAt);
        var decision = review.Decisions[^1];
        Assert.Equal((ReviewDecisionKind.Return, "涉及内部数据，请删除第三段", "保密审查"), (decision.Decision, decision.Opinion, decision.StepName));
    }

    [Fact]
    public void Approve_OpinionTooLong_IsRefused()
    {
        var review = Start();

        Assert.Throws<RuleViolationException>(() => review.Approve(1, Reviewer, new string('意', ReviewProcess.MaxOpinionLength + 1), Now));

        AssertUnchanged(review);
    }

    [Theory]
    [InlineData(AuthorId)]
    [InlineData(SubmitterId)]
    public void Recall_ByAuthorOrSubmitter_EndsTheReview(int accountId)
    {
        var review = Start();
        review.Approve(1, Reviewer, null, Now);

        review.Recall(accountId, Now);

        Assert.Equal(ReviewState.Recalled, review.State);
        Assert.Equal(Now, review.FinishedAt);
    }

    [Fact]
    public void Recall_BySomeoneElse_IsRefused()
    {
        var review = Start();

        var e = Assert.Throws<RuleViolationException>(() => review.Recall(Reviewer.AccountId, Now));

        Assert.Contains("只有稿件的作者或送审人", e.Message, StringComparison.Ordinal);
        Assert.Equal(ReviewState.InProgress, review.State);
    }

    public static TheoryData<ReviewState, string> FinishedTransitions()
    {
        var data = new TheoryData<ReviewState, string>();
        foreach (var state in new[] { ReviewState.Approved, ReviewState.Returned, ReviewState.Recalled })
        {
            foreach (var action in new[] { "Approve", "Return", "Recall" })
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FinishedTransitions))]
    public void AnyTransition_FinishedReview_IsRefused(ReviewState state, string action)
    {
        var review = InState(state);
        var decisions = review.Decisions.Count;
        var finishedAt = review.FinishedAt;

        var e = Assert.Throws<RuleViolationException>(() =>
        {
            if (action == "Recall")
            {
                review.Recall(SubmitterId, Now.AddHours(1));
            }
            else
            {
                Decide(review, action, review.CurrentStep, review.CurrentStep == 1 ? Reviewer : Secrecy);
            }
        });

        Assert.Contains("该审核已结束", e.Message, StringComparison.Ordinal);
        Assert.Equal(state, review.State);
        Assert.Equal(decisions, review.Decisions.Count);
        Assert.Equal(finishedAt, review.FinishedAt);
    }

    private static void Decide(ReviewProcess review, string action, int step, ReviewActor actor)
    {
        if (action == "Approve")
        {
            review.Approve(step, actor, null, Now);
        }
        else
        {
            review.Return(step, actor, "原因", Now);
        }
    }

    private static void AssertUnchanged(ReviewProcess review)
    {
        Assert.Equal(ReviewState.InProgress, review.State);
        Assert.Equal(1, review.CurrentStep);
        Assert.Empty(review.Decisions);
        Assert.Null(review.FinishedAt);
    }
}
