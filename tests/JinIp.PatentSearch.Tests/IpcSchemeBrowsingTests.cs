using JinIp.PatentSearch.Reference;

namespace JinIp.PatentSearch.Tests;

public sealed class IpcSchemeBrowsingTests
{
    [Fact]
    public void Browsing_GoesFromSectionsDownToSubgroups()
    {
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], IpcScheme.ChildrenOf(null).Select(e => e.Code));
        Assert.Contains(IpcScheme.ChildrenOf("H"), e => e.Code == "H01" && e.HasChildren);
        Assert.Contains(IpcScheme.ChildrenOf("H01"), e => e.Code == "H01M");
        var groups = IpcScheme.ChildrenOf("H01M");
        Assert.Contains(groups, e => e.Code == "H01M10/00" && e.HasChildren);
        Assert.All(groups, e => Assert.EndsWith("/00", e.Code, StringComparison.Ordinal));
        var subgroups = IpcScheme.ChildrenOf("H01M10/00");
        Assert.Contains(subgroups, e => e.Code == "H01M10/0525" && !e.HasChildren);
        Assert.DoesNotContain(subgroups, e => e.Code == "H01M10/00");
    }

    [Fact]
    public void EveryCodeIsReachableFromItsParent()
    {
        var reachable = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string?>([null]);
        while (queue.Count > 0)
        {
            foreach (var child in IpcScheme.ChildrenOf(queue.Dequeue()))
            {
                Assert.True(reachable.Add(child.Code), child.Code);
                if (child.HasChildren)
                {
                    queue.Enqueue(child.Code);
                }
            }
        }

        // Every titled code, plus the few headings the source table lacks (reachable, shown without a title).
        Assert.Superset(IpcScheme.AllCodes.ToHashSet(StringComparer.Ordinal), reachable);
        Assert.Contains("C01B", reachable);
    }

    [Fact]
    public void Find_MatchesTitlesAndCodePrefixes_BroadestFirst()
    {
        var batteries = IpcScheme.Find("电池", 50);
        Assert.NotEmpty(batteries);
        Assert.All(batteries, e => Assert.Contains("电池", e.Title, StringComparison.Ordinal));
        Assert.Equal("H01M", IpcScheme.Find("h01m", 5)[0].Code);
        Assert.Empty(IpcScheme.Find("  ", 5));
    }
}
