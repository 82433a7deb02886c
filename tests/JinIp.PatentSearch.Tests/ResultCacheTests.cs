using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Tests;

public sealed class ResultCacheTests
{
    [Fact]
    public void CachedAnswers_FollowTheIndex_AsSoonAsItTakesNewDocuments()
    {
        var records = new PatentCorpusGenerator(5).Generate(400).ToList();
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(records.Take(300));
        index.Commit();
        index.Refresh();
        var searcher = new PatentSearcher(index);
        var first = searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10 });
        var again = searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10 });
        Assert.Same(first, again);
        Assert.Equal(300, searcher.Analyze("AD>=1900-01-01").TotalHits);

        index.Upsert(records.Skip(300));
        index.Commit();
        index.Refresh();
        Assert.Equal(400, searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10 }).TotalHits);
        Assert.Equal(400, searcher.Analyze("AD>=1900-01-01").TotalHits);

        // Requests differing in any part (page, filters) are different answers.
        var filtered = searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10, Filters = new SearchFilters { Types = [JinIp.PatentSearch.Records.PatentType.Design] } });
        Assert.True(filtered.TotalHits < 400);
        Assert.NotEqual(
            searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10, Offset = 10 }).Hits[0].Key,
            searcher.Search("AD>=1900-01-01", new SearchRequest { Limit = 10 }).Hits[0].Key);
    }
}
