using GovSites.Modules.Organization;
using GovSites.Modules.Review.Chains;
using GovSites.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace GovSites.Modules.Review;

/// <summary>A review as its pages show it: each step with its holder, status and decision.</summary>
public sealed record ReviewProgress(Review Review, IReadOnlyList<ReviewProgress.StepRow> Steps)
{
    public sealed record StepRow(ReviewStep Step, string Holder, string Status, bool IsCurrent, ReviewDecision? Decision);

    public static async Task<List<ReviewProgress>> OfAsync(GovSitesDbContext db, IReadOnlyList<Review> reviews, CancellationToken cancellationToken = default)
    {
        var ids = reviews.SelectMany(r => r.Steps).SelectMany(s => s.AccountIds).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return [.. reviews.Select(r => new ReviewProgress(r, [.. r.Steps.OrderBy(s => s.Order).Select(s => Row(r, s, names))]))];
    }

    private static StepRow Row(Review review, ReviewStep step, Dictionary<int, string> names)
    {
        var decision = review.Decisions.Where(d => d.StepOrder == step.Order).MaxBy(d => d.DecidedAt);
        var isCurrent = review.State == ReviewState.InProgress && review.CurrentStep == step.Order;
        var status = decision is not null ? (decision.Decision == ReviewDecisionKind.Approve ? "已通过" : "已退回")
            : isCurrent ? "当前环节"
            : review.State == ReviewState.InProgress ? "待审核"
            : "未进行";
        var holder = step.Role is { } role
            ? $"{RoleNames.ToChinese(role)}（本单位，有该站点授权）"
            : string.Join("、", step.AccountIds.Select(id => names.GetValueOrDefault(id, $"账号 {id}")));
        if (step.Kind == ReviewStepKind.SourceCheck)
        {
            holder += "；非本单位制文";
        }

        return new StepRow(step, holder, status, isCurrent, decision);
    }
}
