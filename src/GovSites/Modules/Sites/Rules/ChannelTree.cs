namespace GovSites.Modules.Sites.Rules;

/// <summary>The channel tree of a site, built from flat rows that point at their parent.</summary>
public static class ChannelTree
{
    public sealed record Node<T>(T Item, IReadOnlyList<Node<T>> Children);

    /// <summary>
    /// True when <paramref name="candidateParentId"/> is <paramref name="channelId"/> itself or lies below
    /// it; moving the channel under such a parent would cut the branch off the tree into a loop.
    /// </summary>
    public static bool IsSelfOrDescendant(IReadOnlyDictionary<int, int?> parentOf, int channelId, int candidateParentId)
    {
        var seen = new HashSet<int>();
        int? current = candidateParentId;
        // Walk up from the candidate; the seen set ends the walk should the stored data already hold a loop.
        while (current is { } id && seen.Add(id))
        {
            if (id == channelId)
            {
                return true;
            }

            current = parentOf.GetValueOrDefault(id);
        }

        return false;
    }

    /// <summary>
    /// Nests <paramref name="items"/> by their parent, each level in the given order. An item whose
    /// parent is not among the items is shown at the top level rather than hidden.
    /// </summary>
    public static IReadOnlyList<Node<T>> Build<T>(IReadOnlyList<T> items, Func<T, int> id, Func<T, int?> parentId)
    {
        var ids = items.Select(id).ToHashSet();
        var byParent = items.ToLookup(i => parentId(i) is { } p && ids.Contains(p) && p != id(i) ? p : (int?)null);
        var placed = new HashSet<int>();

        List<Node<T>> Level(int? parent) =>
            [.. byParent[parent].Where(i => placed.Add(id(i))).Select(i => new Node<T>(i, Level(id(i))))];

        var roots = Level(null);
        // Items caught in a loop of parents never hang below a root; show them too.
        var left = items.Where(i => !placed.Contains(id(i))).ToList();
        return left.Count == 0 ? roots : [.. roots, .. left.Where(i => placed.Add(id(i))).Select(i => new Node<T>(i, []))];
    }

    /// <summary>The ids of <paramref name="channelId"/> and everything below it.</summary>
    public static HashSet<int> SelfAndDescendants(IReadOnlyDictionary<int, int?> parentOf, int channelId) =>
        parentOf.Keys.Where(id => IsSelfOrDescendant(parentOf, channelId, id)).ToHashSet();
}
