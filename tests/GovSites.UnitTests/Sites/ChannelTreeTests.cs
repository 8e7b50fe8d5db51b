using GovSites.Modules.Sites.Rules;

namespace GovSites.UnitTests.Sites;

public sealed class ChannelTreeTests
{
    // 1 政府信息公开 > 2 政策文件 > 3 规范性文件; 4 通知公告 at the top; 5 政策解读 below 1.
    private static readonly Dictionary<int, int?> ParentOf = new() { [1] = null, [2] = 1, [3] = 2, [4] = null, [5] = 1 };

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(1, 3)]
    [InlineData(1, 5)]
    [InlineData(2, 3)]
    public void IsSelfOrDescendant_ItselfOrBelowIt_True(int channel, int candidateParent) =>
        Assert.True(ChannelTree.IsSelfOrDescendant(ParentOf, channel, candidateParent));

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(2, 4)]
    [InlineData(2, 5)]
    [InlineData(4, 3)]
    [InlineData(3, 99)]
    public void IsSelfOrDescendant_ElsewhereInTheTree_False(int channel, int candidateParent) =>
        Assert.False(ChannelTree.IsSelfOrDescendant(ParentOf, channel, candidateParent));

    [Fact]
    public void IsSelfOrDescendant_StoredLoop_EndsAndAnswers()
    {
        var loop = new Dictionary<int, int?> { [1] = 2, [2] = 1, [3] = null };

        Assert.False(ChannelTree.IsSelfOrDescendant(loop, 3, 1));
        Assert.True(ChannelTree.IsSelfOrDescendant(loop, 2, 1));
    }

    [Fact]
    public void SelfAndDescendants_Branch_AllItsChannels() =>
        Assert.Equal([1, 2, 3, 5], ChannelTree.SelfAndDescendants(ParentOf, 1).Order());

    [Fact]
    public void Build_FlatRows_NestsThemInTheGivenOrder()
    {
        var rows = new (int Id, int? Parent)[] { (4, null), (1, null), (5, 1), (2, 1), (3, 2) };

        var tree = ChannelTree.Build(rows, r => r.Id, r => r.Parent);

        Assert.Equal([4, 1], tree.Select(n => n.Item.Id));
        Assert.Equal([5, 2], tree[1].Children.Select(n => n.Item.Id));
        Assert.Equal([3], tree[1].Children[1].Children.Select(n => n.Item.Id));
    }

    [Fact]
    public void Build_MissingParentOrLoop_StillShowsEveryRow()
    {
        var rows = new (int Id, int? Parent)[] { (1, 99), (2, 3), (3, 2), (4, 4) };

        var tree = ChannelTree.Build(rows, r => r.Id, r => r.Parent);

        Assert.Equal([1, 2, 3, 4], Flatten(tree).Order());
    }

    private static IEnumerable<int> Flatten(IEnumerable<ChannelTree.Node<(int Id, int? Parent)>> nodes) =>
        nodes.SelectMany(n => Flatten(n.Children).Prepend(n.Item.Id));
}
