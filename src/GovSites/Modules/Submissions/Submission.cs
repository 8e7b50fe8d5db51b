using GovSites.Platform;
using GovSites.Platform.Data;

namespace GovSites.Modules.Submissions;

/// <summary>
/// 信息报送: one article of a unit offered to one channel of the portal. The transitions are the only way
/// to change <see cref="State"/>; each refuses an illegal move. <see cref="Version"/> makes two portal
/// editors deciding at once end with exactly one decision. An adopted submission is the portal placement
/// itself: publishing lists adopted submissions of a channel (see README.md).
/// </summary>
public sealed class Submission : IVersioned
{
    public const int MaxReasonLength = 500;

    public int Id { get; set; }

    public int ArticleId { get; set; }

    /// <summary>The unit credited (the owner of the article's site).</summary>
    public int UnitId { get; set; }

    /// <summary>The article's own site.</summary>
    public int SiteId { get; set; }

    /// <summary>The target channel of the portal.</summary>
    public int ChannelId { get; set; }

    public int SubmittedById { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public SubmissionState State { get; private set; }

    public int? DecidedById { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>When the portal adopted it; publishing places the article from this time on.</summary>
    public DateTimeOffset? AdoptedAt { get; private set; }

    /// <summary>退稿原因 or 修改意见, shown to the unit.</summary>
    public string? Reason { get; private set; }

    public int Version { get; set; }

    /// <summary>采用</summary>
    public void Adopt(int editorId, DateTimeOffset now)
    {
        RequireState(SubmissionState.Submitted, "采用");
        Decide(SubmissionState.Adopted, editorId, null, now);
        AdoptedAt = now;
    }

    /// <summary>退稿, with a reason the unit sees.</summary>
    public void Return(int editorId, string? reason, DateTimeOffset now)
    {
        RequireState(SubmissionState.Submitted, "退稿");
        Decide(SubmissionState.Returned, editorId, Required(reason, "退稿须填写退稿原因。"), now);
    }

    /// <summary>请修改, with an opinion saying what to change.</summary>
    public void RequestRevision(int editorId, string? opinion, DateTimeOffset now)
    {
        RequireState(SubmissionState.Submitted, "要求修改");
        Decide(SubmissionState.RevisionRequested, editorId, Required(opinion, "要求修改须填写修改意见。"), now);
    }

    /// <summary>重新报送 after a revision request; the editors' decision starts over.</summary>
    public void Resubmit(int accountId, DateTimeOffset now)
    {
        RequireState(SubmissionState.RevisionRequested, "重新报送");
        State = SubmissionState.Submitted;
        SubmittedById = accountId;
        SubmittedAt = now;
        DecidedById = null;
        DecidedAt = null;
    }

    /// <summary>撤回, by the unit, while the portal has not decided for good.</summary>
    public void Withdraw(int accountId, DateTimeOffset now)
    {
        if (State is not (SubmissionState.Submitted or SubmissionState.RevisionRequested))
        {
            throw new RuleViolationException($"该报送{State.ToChinese()}，不能撤回。");
        }

        State = SubmissionState.Withdrawn;
        DecidedById = accountId;
        DecidedAt = now;
    }

    private void RequireState(SubmissionState expected, string action)
    {
        if (State != expected)
        {
            throw new RuleViolationException($"该报送{State.ToChinese()}，不能{action}。请刷新页面查看最新状态。");
        }
    }

    private void Decide(SubmissionState state, int editorId, string? reason, DateTimeOffset now)
    {
        State = state;
        DecidedById = editorId;
        DecidedAt = now;
        Reason = reason;
    }

    private static string Required(string? text, string message)
    {
        var cleaned = string.IsNullOrWhiteSpace(text) ? throw new RuleViolationException(message) : text.Trim();
        return cleaned.Length > MaxReasonLength ? throw new RuleViolationException($"原因或意见不能超过 {MaxReasonLength} 个字。") : cleaned;
    }
}
