using GovSites.Platform;

namespace GovSites.Modules.Publishing;

/// <summary>发布任务的类型</summary>
public enum PublishJobKind
{
    /// <summary>增量发布：只渲染受影响的页面</summary>
    Incremental = 0,

    /// <summary>全站重新发布</summary>
    Full = 1,

    /// <summary>回退到旧版本</summary>
    Rollback = 2,
}

/// <summary>发布任务的状态</summary>
public enum PublishJobState
{
    /// <summary>排队中</summary>
    Queued = 0,

    /// <summary>发布中</summary>
    Running = 1,

    /// <summary>已完成</summary>
    Succeeded = 2,

    /// <summary>失败（超过重试次数）</summary>
    Failed = 3,
}

/// <summary>
/// 发布任务 of one site. Several application nodes may run workers: a node takes a job only by a conditional
/// UPDATE from Queued to Running (<see cref="Jobs.PublishJobs"/>), and a unique index allows one running job per
/// site. A failed attempt goes back to Queued with <see cref="NextAttemptAt"/> later (exponential back-off)
/// and <see cref="LastError"/> shown to the admin, until <see cref="MaxAttempts"/>.
/// </summary>
public sealed class PublishJob
{
    public const int MaxAttempts = 6;

    public long Id { get; set; }

    public int SiteId { get; set; }

    public PublishJobKind Kind { get; set; }

    public PublishJobState State { get; set; }

    /// <summary>For a rollback: the release number to go back to.</summary>
    public int? TargetRelease { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Pages and files done of <see cref="Total"/>, for the progress bar.</summary>
    public int Done { get; set; }

    public int Total { get; set; }

    /// <summary>Who asked (an admin); null for jobs the publisher queued from article events.</summary>
    public int? RequestedById { get; set; }

    /// <summary>The worker running it: host/process, so a job of a killed process can be recognised and taken again.</summary>
    public string? Owner { get; set; }

    /// <summary>The release the job made live.</summary>
    public int? ReleaseNumber { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>Updated while running; a running job without a heartbeat for long lost its worker.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>A failed attempt: retried after 5 s, 10 s, 20 s … unless it was the last one.</summary>
    public void Fail(string error, DateTimeOffset now)
    {
        if (State != PublishJobState.Running)
        {
            throw new RuleViolationException("只有发布中的任务可以记为失败。");
        }

        LastError = error.Length > 2000 ? error[..2000] : error;
        Owner = null;
        FinishedAt = now;
        var retry = Attempts < MaxAttempts;
        State = retry ? PublishJobState.Queued : PublishJobState.Failed;
        NextAttemptAt = now + TimeSpan.FromSeconds(5 * Math.Pow(2, Attempts - 1));
    }

    public void Succeed(int? releaseNumber, DateTimeOffset now)
    {
        if (State != PublishJobState.Running)
        {
            throw new RuleViolationException("只有发布中的任务可以记为完成。");
        }

        State = PublishJobState.Succeeded;
        ReleaseNumber = releaseNumber;
        Owner = null;
        Done = Total;
        FinishedAt = now;
    }
}

public static class PublishJobNames
{
    public static string ToChinese(this PublishJobKind kind) => kind switch
    {
        PublishJobKind.Incremental => "增量发布",
        PublishJobKind.Full => "全站发布",
        _ => "版本回退",
    };

    public static string ToChinese(this PublishJobState state) => state switch
    {
        PublishJobState.Queued => "排队中",
        PublishJobState.Running => "发布中",
        PublishJobState.Succeeded => "已完成",
        _ => "失败",
    };
}
