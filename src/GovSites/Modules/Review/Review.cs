using GovSites.Modules.Review.Chains;
using GovSites.Platform;
using GovSites.Platform.Data;

namespace GovSites.Modules.Review;

/// <summary>
/// 审核：one submission of one article revision, taken through the steps of its chain. The transitions
/// are the only way to change <see cref="State"/> and <see cref="CurrentStep"/>; each refuses a decision
/// on a step that is not the current one, by someone who does not hold it, self-approval where the
/// chain forbids it, and anything on a finished review. <see cref="Version"/> makes two reviewers
/// deciding the same step at once end with exactly one decision.
/// </summary>
public sealed class Review : IVersioned
{
    public const int MaxOpinionLength = 500;

    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The revision under review; it becomes live when the last step approves.</summary>
    public int RevisionId { get; set; }

    public int SiteId { get; set; }

    public int ChannelId { get; set; }

    /// <summary>The unit owning the site: step holders are its staff.</summary>
    public int UnitId { get; set; }

    /// <summary>Who wrote the article (its creator), when known.</summary>
    public int? AuthorId { get; set; }

    public int SubmittedById { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public bool AllowSelfApproval { get; set; }

    public List<ReviewStep> Steps { get; set; } = [];

    public List<ReviewDecision> Decisions { get; set; } = [];

    /// <summary>Order of the step waiting for a decision; meaningful while <see cref="ReviewState.InProgress"/>.</summary>
    public int CurrentStep { get; private set; } = 1;

    public ReviewState State { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public int Version { get; set; }

    public ReviewStep Current => Steps.Single(s => s.Order == CurrentStep);

    /// <summary>
    /// 送审: copies the chain's steps; the source check only for 非本单位制文. The confidentiality
    /// sign-off is in every chain (<see cref="ReviewChainRules"/>), checked once more here.
    /// </summary>
    public static Review Start(ReviewChain chain, Submission submission)
    {
        var steps = chain.Steps
            .Where(s => s.Kind != ReviewStepKind.SourceCheck || submission.IsExternalSource)
            .OrderBy(s => s.Order)
            .Select((s, i) => ReviewStep.CopyOf(s, i + 1))
            .ToList();
        if (steps.Count(s => s.Kind == ReviewStepKind.Secrecy) != 1)
        {
            throw new RuleViolationException("该审核流程缺少保密审查环节，不能送审。请联系平台管理员检查审核流程。");
        }

        return new Review
        {
            ArticleId = submission.ArticleId,
            RevisionId = submission.RevisionId,
            SiteId = submission.SiteId,
            ChannelId = submission.ChannelId,
            UnitId = submission.UnitId,
            AuthorId = submission.AuthorId,
            SubmittedById = submission.SubmittedById,
            SubmittedAt = submission.At,
            AllowSelfApproval = chain.AllowSelfApproval,
            Steps = steps,
        };
    }

    /// <summary>What <see cref="Start"/> needs to know about the article and the submitter.</summary>
    public sealed record Submission(
        int ArticleId, int RevisionId, int SiteId, int ChannelId, int UnitId, int? AuthorId, bool IsExternalSource, int SubmittedById, DateTimeOffset At);

    /// <summary>通过 this step. Returns true when it was the last one: the article is then approved.</summary>
    public bool Approve(int step, ReviewActor actor, string? opinion, DateTimeOffset now)
    {
        var current = RequireDecidable(step, actor);
        if (!AllowSelfApproval && IsOwnArticle(actor.AccountId))
        {
            throw new RuleViolationException("本审核流程不允许审核通过本人撰写或送审的稿件，请由其他审核人处理。");
        }

        Record(current, actor, ReviewDecisionKind.Approve, Clean(opinion), now);
        if (CurrentStep == Steps.Max(s => s.Order))
        {
            Finish(ReviewState.Approved, now);
            return true;
        }

        CurrentStep++;
        return false;
    }

    /// <summary>退回 to the author; the reason is required, and the author sees it.</summary>
    public void Return(int step, ReviewActor actor, string? reason, DateTimeOffset now)
    {
        var current = RequireDecidable(step, actor);
        var cleaned = Clean(reason) ?? throw new RuleViolationException("退回须填写退回原因，以便作者修改。");
        Record(current, actor, ReviewDecisionKind.Return, cleaned, now);
        Finish(ReviewState.Returned, now);
    }

    /// <summary>
    /// 撤回送审, by the author or the submitter, at any step while the review is in progress: a new
    /// submission starts the chain again from its first step, so nothing approved so far is skipped.
    /// </summary>
    public void Recall(int accountId, DateTimeOffset now)
    {
        RequireInProgress();
        if (!IsOwnArticle(accountId))
        {
            throw new RuleViolationException("只有稿件的作者或送审人可以撤回送审。");
        }

        Finish(ReviewState.Recalled, now);
    }

    public bool IsOwnArticle(int accountId) => accountId == SubmittedById || accountId == AuthorId;

    private ReviewStep RequireDecidable(int step, ReviewActor actor)
    {
        RequireInProgress();
        if (step < CurrentStep)
        {
            throw new RuleViolationException("该环节已由他人处理，请刷新页面查看最新进度。");
        }

        if (step != CurrentStep)
        {
            throw new RuleViolationException($"还没有轮到该环节，当前环节为“{Current.Name}”。");
        }

        var current = Current;
        if (!current.IsHeldBy(actor, UnitId))
        {
            throw new RuleViolationException($"您不是“{current.Name}”环节的审核人，不能作出审核决定。");
        }

        return current;
    }

    private void RequireInProgress()
    {
        if (State != ReviewState.InProgress)
        {
            throw new RuleViolationException($"该审核已结束（{State.ToChinese()}），不能再作出决定。");
        }
    }

    private void Record(ReviewStep step, ReviewActor actor, ReviewDecisionKind decision, string? opinion, DateTimeOffset now)
    {
        if (opinion?.Length > MaxOpinionLength)
        {
            throw new RuleViolationException($"审核意见不能超过 {MaxOpinionLength} 个字。");
        }

        Decisions.Add(new ReviewDecision
        {
            StepOrder = step.Order,
            StepName = step.Name,
            AccountId = actor.AccountId,
            AccountName = actor.DisplayName,
            Decision = decision,
            Opinion = opinion,
            DecidedAt = now,
        });
    }

    private void Finish(ReviewState state, DateTimeOffset now)
    {
        State = state;
        FinishedAt = now;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
