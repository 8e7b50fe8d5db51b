using GovSites.Modules.Organization;

namespace GovSites.Modules.Review.Chains;

/// <summary>A chain in one line: 初审（审核人）→ 来源审核（审核人，仅非本单位制文）→ 保密审查（保密审查员）.</summary>
public static class ChainSummary
{
    public static string Describe(ReviewChain chain, IReadOnlyDictionary<int, string> accountNames)
    {
        var steps = chain.Steps.OrderBy(s => s.Order).Select(s =>
        {
            var holder = s.Role is { } role
                ? RoleNames.ToChinese(role)
                : string.Join("、", s.AccountIds.Select(id => accountNames.GetValueOrDefault(id, $"账号 {id}")));
            var only = s.Kind == ReviewStepKind.SourceCheck ? "，仅非本单位制文" : string.Empty;
            return $"{s.Name}（{holder}{only}）";
        });
        return string.Join(" → ", steps) + (chain.AllowSelfApproval ? "；允许审核本人稿件" : string.Empty);
    }
}
