using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Querying;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Searching;

namespace JinIp.PatentSearch.Tests.Searching;

public class PatentSearcherTests
{
    private static PatentRecord Record(int serial, string title, string? abstractText = null, string? claims = null) => new()
    {
        ApplicationNumber = TestNumbers.Application(2020, 1, serial),
        Type = PatentType.Invention,
        Title = title,
        Abstract = abstractText,
        Claims = claims,
        ApplicationDate = new DateOnly(2019 + (serial % 3), 3, 1),
    };

    [Fact]
    public void Search_TermInTitleAbstractClaims_RanksTitleFirst()
    {
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(Record(1, "一种散热装置", claims: "包括锂电池模组"));
        index.Upsert(Record(2, "一种散热装置", abstractText: "所述锂电池模组位于底部"));
        index.Upsert(Record(3, "锂电池模组", abstractText: "一种装置"));
        index.Commit();

        var result = new PatentSearcher(index).Search("TX=锂电池");

        Assert.Equal(3, result.TotalHits);
        Assert.Equal(["202010000003.", "202010000002.", "202010000001."], result.Hits.Select(h => h.Key[..13]));
    }

    [Theory]
    [InlineData("AB=熔炼*炼", new[] { 2, 3 })]
    [InlineData("AB=炼*炼", new[] { 2, 3 })]
    [InlineData("AB=熔炼*炼*钢", new[] { 3 })]
    [InlineData("AB=钢*熔炼", new int[0])]
    [InlineData("AB=熔*炼炉", new[] { 3 })]
    public void InnerTruncation_PartsNeverShareACharacter(string query, int[] expected)
    {
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(Record(1, "样品一", abstractText: "一种熔炼工艺"));
        index.Upsert(Record(2, "样品二", abstractText: "熔炼后再精炼"));
        index.Upsert(Record(3, "样品三", abstractText: "熔炼炉中炼钢"));
        index.Commit();

        var hits = new PatentSearcher(index).Search(query, new SearchRequest { Limit = 10 }).Hits;

        Assert.Equal(expected.Select(n => TestNumbers.Application(2020, 1, n).ToString()).Order(StringComparer.Ordinal), hits.Select(h => h.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Search_Hit_HighlightsNormalizedMatchInSourceText()
    {
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(Record(1, "ＬｉＦｅＰＯ４正极材料<改进>", abstractText: "本发明涉及LiFePO4材料。"));
        index.Commit();

        var hit = Assert.Single(new PatentSearcher(index).Search("TX=lifepo4").Hits);

        Assert.Equal("<em>ＬｉＦｅＰＯ４</em>正极材料&lt;改进&gt;", hit.TitleHighlighted);
        Assert.Equal("本发明涉及<em>LiFePO4</em>材料。", hit.AbstractSnippet);
    }

    [Fact]
    public void Upsert_SameKeyTwice_ReplacesAndDeleteRemoves()
    {
        using var index = PatentIndex.CreateInMemory();
        var searcher = new PatentSearcher(index);
        index.Upsert(Record(1, "旧名称"));
        index.Upsert(Record(1, "新名称"));
        index.Commit();
        Assert.Equal(0, searcher.Search("TI=旧名称").TotalHits);
        Assert.Equal(1, searcher.Search("TI=新名称").TotalHits);

        index.Delete(Record(1, "x").Key);
        index.Commit();
        Assert.Equal(0, index.Count());
    }

    [Fact]
    public void Search_DateSortPagingAndLimitZero_Work()
    {
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(Enumerable.Range(1, 9).Select(i => Record(i, "电池" + i)));
        index.Commit();
        var searcher = new PatentSearcher(index);

        var page = searcher.Search("TI=电池", new SearchRequest { Sort = SearchSort.ApplicationDateDescending, Offset = 2, Limit = 3 });
        var count = searcher.Search("TI=电池", new SearchRequest { Limit = 0 });

        Assert.Equal(9, page.TotalHits);
        Assert.Equal(3, page.Hits.Count);
        Assert.True(page.Hits.Zip(page.Hits.Skip(1)).All(p => p.First.ApplicationDate >= p.Second.ApplicationDate));
        Assert.Equal(9, count.TotalHits);
        Assert.Empty(count.Hits);
    }

    [Fact]
    public void Search_HistoryReferences_ResolveThroughCallback()
    {
        using var index = PatentIndex.CreateInMemory();
        index.Upsert(Record(1, "锂电池正极"));
        index.Upsert(Record(2, "锂电池负极"));
        index.Upsert(Record(3, "钠电池正极"));
        index.Commit();
        var history = new Dictionary<int, QueryNode> { [1] = QueryParser.Parse("TI=电池"), [2] = QueryParser.Parse("TI=钠"), [3] = QueryParser.Parse("TI=正极") };
        var request = new SearchRequest { History = n => history.GetValueOrDefault(n) };

        var result = new PatentSearcher(index).Search("#1 AND #3 NOT #2", request);

        Assert.Equal("202010000001.", Assert.Single(result.Hits).Key[..13]);
        Assert.Throws<QuerySyntaxException>(() => new PatentSearcher(index).Search("#9", request));
    }

    [Fact]
    public void CatchUp_ReplaysFeedAfterCommittedSequence_EndsInSameState()
    {
        var dir = Path.Combine(Path.GetTempPath(), "jinip-catchup-" + Guid.NewGuid().ToString("N"));
        var feed = new ListFeed([
            new PatentChange(1, Record(1, "甲").Key, Record(1, "甲")),
            new PatentChange(2, Record(2, "乙").Key, Record(2, "乙")),
            new PatentChange(3, Record(1, "甲").Key, null),
            new PatentChange(4, Record(3, "丙").Key, Record(3, "丙")),
        ]);
        try
        {
            using (var index = PatentIndex.Open(dir))
            {
                Assert.Equal(4, index.CatchUp(feed, batchSize: 2));
                Assert.Equal(4, index.CommittedSequence);
            }

            // Reopened as after a crash: the committed sequence comes back and nothing is applied twice.
            using var reopened = PatentIndex.Open(dir);
            Assert.Equal(4, reopened.CommittedSequence);
            Assert.Equal(0, reopened.CatchUp(feed));
            Assert.Equal(2, reopened.Count());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Get_StoreFullRecord_RoundTripsRecord()
    {
        using var index = PatentIndex.CreateInMemory(new PatentIndexOptions { StoreFullRecord = true });
        var record = new PatentCorpusGenerator(3).Generate(5L);
        index.Upsert(record);
        index.Commit();

        var stored = index.Get(record.Key);

        Assert.NotNull(stored);
        Assert.Equal(record.Title, stored.Title);
        Assert.Equal(record.Applicants, stored.Applicants);
        Assert.Equal(record.Ipcs, stored.Ipcs);
        Assert.Equal(record.LegalEvents, stored.LegalEvents);
    }

    [Fact]
    public void Analyze_GeneratedCorpus_CountsEqualBruteForceOverRecords()
    {
        var records = new PatentCorpusGenerator(11).Generate(3_000).ToList();
        using var index = PatentIndex.CreateInMemory(new PatentIndexOptions { RamBufferSizeMb = 2 });
        index.Rebuild(records);
        var searcher = new PatentSearcher(index);
        var matching = records.Where(r => Analysis.TextNormalizer.Normalize(r.Title + "\u0001" + r.Abstract + "\u0001" + r.Claims).Contains("装置", StringComparison.Ordinal)).ToList();

        var analysis = searcher.Analyze("TX=装置", new AnalysisOptions { TopN = 5 });

        Assert.Equal(matching.Count, analysis.TotalHits);
        foreach (var group in matching.GroupBy(r => (r.ApplicationDate!.Value.Year, r.Type)))
        {
            Assert.Contains(new YearTypeCount(group.Key.Year, group.Key.Type, group.Count()), analysis.ByYearAndType);
        }

        var topApplicant = matching.SelectMany(r => r.Applicants.Select(a => a.Name)).GroupBy(n => n).OrderByDescending(g => g.Count()).First();
        Assert.Equal(topApplicant.Count(), analysis.TopApplicants[0].Count);
        Assert.Equal(matching.Count(r => HighValueCriteria.Evaluate(r, DateOnly.FromDateTime(DateTime.Now)) != HighValueReasons.None), analysis.HighValueInventionPatents);
        var sections = matching.SelectMany(r => r.Ipcs.Select(c => c.Section).Distinct()).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(analysis.IpcSections, f => Assert.Equal(sections[f.Value], f.Count));
        var districts = matching.GroupBy(r => r.Region!.Code).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(analysis.Regions, f => Assert.Equal(districts[f.Value], f.Count));
        Assert.Contains(analysis.Regions, f => f.Label == "滨海新区");
        var pairs = matching.Where(r => r.Applicants.Count >= 2).SelectMany(r => r.Applicants.Select(a => a.Name).Order(StringComparer.Ordinal).ToList() is var names
            ? names.SelectMany((a, i) => names.Skip(i + 1).Select(b => (a, b))) : []).GroupBy(p => p).Max(g => g.Count());
        Assert.Equal(pairs, analysis.CoApplicantPairs[0].Count);
        Assert.Equal(matching.Count, analysis.LegalStatuses.Sum(s => s.Count));
    }

    private sealed class ListFeed(IReadOnlyList<PatentChange> changes) : IPatentChangeFeed
    {
        public IReadOnlyList<PatentChange> ReadAfter(long afterSequence, int max) =>
            [.. changes.Where(c => c.Sequence > afterSequence).Take(max)];
    }
}
