using GovSites.Modules.Submissions;
using GovSites.Platform;

namespace GovSites.UnitTests.Submissions;

/// <summary>Every transition of the submission state machine, legal and illegal.</summary>
public sealed class SubmissionStateTests
{
    private const int EditorId = 300;
    private const int OfficerId = 100;
    private static readonly DateTimeOffset SubmittedAt = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = SubmittedAt.AddHours(3);

    private static Submission InState(SubmissionState state)
    {
        var s = new Submission { ArticleId = 1, UnitId = 2, SiteId = 3, ChannelId = 4, SubmittedById = OfficerId, SubmittedAt = SubmittedAt };
        switch (state)
        {
            case SubmissionState.Adopted: s.Adopt(EditorId, Now); break;
            case SubmissionState.Returned: s.Return(EditorId, "与门户栏目定位不符", Now); break;
            case SubmissionState.RevisionRequested: s.RequestRevision(EditorId, "请补充会议时间", Now); break;
            case SubmissionState.Withdrawn: s.Withdraw(OfficerId, Now); break;
        }

        Assert.Equal(state, s.State);
        return s;
    }

    [Fact]
    public void Adopt_Submitted_IsAdoptedWithTheTime()
    {
        var s = InState(SubmissionState.Submitted);
        s.Adopt(EditorId, Now);
        Assert.Equal((SubmissionState.Adopted, EditorId, Now, Now), (s.State, s.DecidedById, s.DecidedAt, s.AdoptedAt));
    }

    [Fact]
    public void Return_SubmittedWithReason_IsReturnedWithTheTrimmedReason()
    {
        var s = InState(SubmissionState.Submitted);
        s.Return(EditorId, "  与门户栏目定位不符 ", Now);
        Assert.Equal((SubmissionState.Returned, "与门户栏目定位不符", EditorId, (DateTimeOffset?)null), (s.State, s.Reason, s.DecidedById, s.AdoptedAt));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Return_WithoutReason_IsRefusedAndNothingChanges(string? reason)
    {
        var s = InState(SubmissionState.Submitted);
        var e = Assert.Throws<RuleViolationException>(() => s.Return(EditorId, reason, Now));
        Assert.Equal("退稿须填写退稿原因。", e.Message);
        Assert.Equal((SubmissionState.Submitted, (int?)null, (string?)null), (s.State, s.DecidedById, s.Reason));
    }

    [Fact]
    public void Return_ReasonTooLong_IsRefused()
    {
        var s = InState(SubmissionState.Submitted);
        Assert.Throws<RuleViolationException>(() => s.Return(EditorId, new string('长', Submission.MaxReasonLength + 1), Now));
        Assert.Equal(SubmissionState.Submitted, s.State);
    }

    [Fact]
    public void RequestRevision_SubmittedWithOpinion_AsksForRevision()
    {
        var s = InState(SubmissionState.Submitted);
        s.RequestRevision(EditorId, "请补充会议时间", Now);
        Assert.Equal((SubmissionState.RevisionRequested, "请补充会议时间", EditorId), (s.State, s.Reason, s.DecidedById));
    }

    [Fact]
    public void RequestRevision_WithoutOpinion_IsRefusedAndNothingChanges()
    {
        var s = InState(SubmissionState.Submitted);
        var e = Assert.Throws<RuleViolationException>(() => s.RequestRevision(EditorId, "", Now));
        Assert.Equal("要求修改须填写修改意见。", e.Message);
        Assert.Equal(SubmissionState.Submitted, s.State);
    }

    [Fact]
    public void Resubmit_RevisionRequested_IsSubmittedAgainByTheOfficer()
    {
        var s = InState(SubmissionState.RevisionRequested);
        var later = Now.AddDays(1);
        s.Resubmit(OfficerId + 1, later);
        Assert.Equal((SubmissionState.Submitted, OfficerId + 1, later, (int?)null, (DateTimeOffset?)null), (s.State, s.SubmittedById, s.SubmittedAt, s.DecidedById, s.DecidedAt));
        s.Adopt(EditorId, later);
        Assert.Equal(SubmissionState.Adopted, s.State);
    }

    [Theory]
    [InlineData(SubmissionState.Submitted)]
    [InlineData(SubmissionState.RevisionRequested)]
    public void Withdraw_NotYetFinal_IsWithdrawn(SubmissionState from)
    {
        var s = InState(from);
        s.Withdraw(OfficerId, Now.AddDays(1));
        Assert.Equal((SubmissionState.Withdrawn, OfficerId), (s.State, s.DecidedById));
    }

    public static TheoryData<SubmissionState, string> FinalOrWaitingOnUnit()
    {
        var data = new TheoryData<SubmissionState, string>();
        foreach (var state in new[] { SubmissionState.Adopted, SubmissionState.Returned, SubmissionState.RevisionRequested, SubmissionState.Withdrawn })
        {
            foreach (var decision in new[] { "adopt", "return", "revise" })
            {
                data.Add(state, decision);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FinalOrWaitingOnUnit))]
    public void EditorDecision_NotSubmitted_IsRefusedAndNothingChanges(SubmissionState state, string decision)
    {
        var s = InState(state);
        var before = (s.State, s.Reason, s.DecidedAt, s.DecidedById);
        Action decide = decision switch
        {
            "adopt" => () => s.Adopt(EditorId + 1, Now.AddDays(1)),
            "return" => () => s.Return(EditorId + 1, "原因", Now.AddDays(1)),
            _ => () => s.RequestRevision(EditorId + 1, "意见", Now.AddDays(1)),
        };

        var e = Assert.Throws<RuleViolationException>(decide);
        Assert.Contains(state.ToChinese(), e.Message, StringComparison.Ordinal);
        Assert.Equal(before, (s.State, s.Reason, s.DecidedAt, s.DecidedById));
    }

    [Theory]
    [InlineData(SubmissionState.Submitted)]
    [InlineData(SubmissionState.Adopted)]
    [InlineData(SubmissionState.Returned)]
    [InlineData(SubmissionState.Withdrawn)]
    public void Resubmit_NotAskedForRevision_IsRefused(SubmissionState state)
    {
        var s = InState(state);
        Assert.Throws<RuleViolationException>(() => s.Resubmit(OfficerId, Now));
        Assert.Equal(state, s.State);
    }

    [Theory]
    [InlineData(SubmissionState.Adopted)]
    [InlineData(SubmissionState.Returned)]
    [InlineData(SubmissionState.Withdrawn)]
    public void Withdraw_Final_IsRefused(SubmissionState state)
    {
        var s = InState(state);
        var e = Assert.Throws<RuleViolationException>(() => s.Withdraw(OfficerId, Now));
        Assert.Equal($"该报送{state.ToChinese()}，不能撤回。", e.Message);
        Assert.Equal(state, s.State);
    }

    [Theory]
    [InlineData(SubmissionState.Submitted, true)]
    [InlineData(SubmissionState.Adopted, true)]
    [InlineData(SubmissionState.RevisionRequested, true)]
    [InlineData(SubmissionState.Returned, false)]
    [InlineData(SubmissionState.Withdrawn, false)]
    public void IsActive_BlocksASecondSubmissionUnlessReturnedOrWithdrawn(SubmissionState state, bool active) =>
        Assert.Equal(active, state.IsActive());
}
