using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Tests;

public sealed class FamilyCollapseTests : IDisposable
{
    private readonly List<PatentRecord> records = new PatentCorpusGenerator(11).Generate(3_000).ToList();
    private readonly PatentIndex index = PatentIndex.CreateInMemory();
    private readonly Dictionary<string, string> familyOf;

    public FamilyCollapseTests()
    {
        familyOf = records.ToDictionary(r => r.Key, r => r.FamilyId!, StringComparer.Ordinal);
        index.Upsert(records);
        index.Commit();
        index.Refresh();
    }

    public void Dispose() => index.Dispose();

    [Fact]
    public void Generator_FilesSomeUtilityModelsAsSameDayTwinsOfAnInvention()
    {
        var twins = records.GroupBy(r => r.FamilyId).Where(g => g.Count() > 1).ToList();
        Assert.InRange(twins.Count, 50, 400);
        Assert.All(twins, family =>
        {
            Assert.Equal([PatentType.Invention, PatentType.UtilityModel], family.Select(r => r.Type).Order());
            Assert.Single(family.Select(r => r.Title).Distinct());
            Assert.Single(family.Select(r => r.ApplicationDate).Distinct());
        });
    }

    [Theory]
    [InlineData("AD>=1900-01-01")]
    [InlineData("TI=装置")]
    [InlineData("TYPE=实用新型")]
    public void Collapsed_CountsFamilies_ShowsEachOnce_WithItsMatchingMembers(string query)
    {
        var searcher = new PatentSearcher(index);
        var plain = searcher.Search(query, new SearchRequest { Limit = records.Count, SnippetLength = 0 });
        var matchedFamilies = plain.Hits.GroupBy(h => familyOf[h.Key]).ToDictionary(g => g.Key!, g => g.Count());

        var collapsed = searcher.Search(query, new SearchRequest { Limit = records.Count, SnippetLength = 0, CollapseFamilies = true });
        Assert.Equal(matchedFamilies.Count, collapsed.TotalHits);
        Assert.Equal(collapsed.Hits.Count, collapsed.Hits.Select(h => FamilyOf(h.Key)).Distinct().Count());
        Assert.All(collapsed.Hits, h => Assert.Equal(matchedFamilies[FamilyOf(h.Key)], h.FamilyHits));

        // Pages of the collapsed list are slices of the whole list, in the same order.
        var sort = SearchSort.ApplicationDateDescending;
        var whole = searcher.Search(query, new SearchRequest { Limit = 60, Sort = sort, CollapseFamilies = true, SnippetLength = 0 }).Hits.Select(h => h.Key).ToList();
        var paged = Enumerable.Range(0, 3)
            .SelectMany(p => searcher.Search(query, new SearchRequest { Offset = p * 20, Limit = 20, Sort = sort, CollapseFamilies = true, SnippetLength = 0 }).Hits)
            .Select(h => h.Key).ToList();
        Assert.Equal(whole, paged);
    }

    private string FamilyOf(string key) => familyOf[key];
}
