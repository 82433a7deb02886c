using System.Text.Json;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Tests.Searching;

/// <summary>
/// The same records in two indexes of several segments: one searched on the calling thread only, one with the
/// segments split over the cores. Every answer must be the same, to the order of tied hits.
/// </summary>
public sealed class ParallelSearchTests : IDisposable
{
    private static readonly List<PatentRecord> Records = new PatentCorpusGenerator(23).Generate(2_400).ToList();
    private readonly PatentIndex sequential = Build(int.MaxValue);
    private readonly PatentIndex parallel = Build(1);

    public void Dispose()
    {
        sequential.Dispose();
        parallel.Dispose();
    }

    private static PatentIndex Build(int minDocsPerCore)
    {
        var index = PatentIndex.CreateInMemory(new PatentIndexOptions { IndexThreads = 1, ResultCacheSize = 0, ParallelMinDocsPerCore = minDocsPerCore });
        var records = Records;

        // Four commits: four segments of unequal size, so groups have to be cut between segments.
        foreach (var batch in new[] { records[..900], records[900..1_500], records[1_500..2_200], records[2_200..] })
        {
            index.Upsert(batch);
            index.Commit();
        }

        index.Refresh();
        return index;
    }

    [Fact]
    public void Groups_AreContiguousRunsCoveringEverySegmentOnce()
    {
        var searcher = parallel.Searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            Assert.True(reader.Leaves.Count >= 2);
            var groups = LeafParallel.Groups(reader, 1);
            Assert.InRange(groups.Count, 1, Math.Min(Environment.ProcessorCount, reader.Leaves.Count));
            Assert.Equal(reader.Leaves.Select(l => l.Ord), groups.SelectMany(g => g).Select(l => l.Ord));
            Assert.Single(LeafParallel.Groups(reader, int.MaxValue));
        }
        finally
        {
            parallel.Searchers.Release(searcher);
        }
    }

    [Theory]
    [InlineData("TX=装置", SearchSort.Relevance, false)]
    [InlineData("TX=装置", SearchSort.ApplicationDateDescending, false)]
    [InlineData("TI=系统 OR AB=电池", SearchSort.Relevance, false)]
    [InlineData("AD>=2015-01-01", SearchSort.ApplicationDateAscending, false)]
    [InlineData("TX=装置", SearchSort.Relevance, true)]
    [InlineData("TYPE=实用新型", SearchSort.PublicationDateDescending, true)]
    public void Search_GivesTheSameHitsInTheSameOrder(string query, SearchSort sort, bool collapse)
    {
        foreach (var (offset, limit) in new[] { (0, 20), (40, 20), (0, 500), (0, 0) })
        {
            var request = new SearchRequest { Offset = offset, Limit = limit, Sort = sort, CollapseFamilies = collapse, SnippetLength = 0 };
            var expected = new PatentSearcher(sequential).Search(query, request);
            var actual = new PatentSearcher(parallel).Search(query, request);
            Assert.True(expected.TotalHits > 0, query);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.Hits.Select(h => (h.Key, h.Score, h.FamilyHits)), actual.Hits.Select(h => (h.Key, h.Score, h.FamilyHits)));
        }
    }

    [Theory]
    [InlineData("TX=装置")]
    [InlineData("AD>=1900-01-01")]
    [InlineData("IC=B*")]
    public void Analysis_CountsTheSame(string query)
    {
        var options = new AnalysisOptions { TopN = 50, IncludeCoApplicantPairs = true };
        var expected = new PatentSearcher(sequential).Analyze(query, options);
        var actual = new PatentSearcher(parallel).Analyze(query, options);
        Assert.True(expected.TotalHits > 100);
        Assert.NotEmpty(expected.TopApplicants);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
    }

    [Fact]
    public void Analysis_AfterUpdates_CountsTheLiveDocumentsOnly()
    {
        // Analyze once so that every segment's ordinals are cached, then move 300 patents to a new applicant:
        // the old versions are deleted in their segments, the new ones land in a new segment.
        var searcher = new PatentSearcher(parallel);
        Assert.True(searcher.Analyze("AD>=1900-01-01").TotalHits == Records.Count);
        var moved = Records.Take(300).Select(r => r with { Applicants = [new Party("天津并行检验有限公司", ApplicantType.Enterprise)] }).ToList();
        parallel.Upsert(moved);
        parallel.Commit();
        parallel.Refresh();

        var analysis = searcher.Analyze("AD>=1900-01-01", new AnalysisOptions { TopN = 5 });
        Assert.Equal(Records.Count, analysis.TotalHits);
        Assert.Equal(("天津并行检验有限公司", 300), (analysis.TopApplicants[0].Value, analysis.TopApplicants[0].Count));
        var expected = Records.Skip(300).SelectMany(r => r.Applicants.Select(a => a.Name).Distinct(StringComparer.Ordinal)).Concat(moved.Select(_ => "天津并行检验有限公司"))
            .GroupBy(n => n, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.All(analysis.TopApplicants, f => Assert.Equal(expected[f.Value], f.Count));
    }
}
