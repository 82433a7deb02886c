using JinIp.PatentSearch.Generation;
using JinIp.PatentSearch.Indexing;
using JinIp.PatentSearch.Records;
using JinIp.PatentSearch.Reference;

namespace JinIp.PatentSearch.Tests.Generation;

public class PatentCorpusGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_SameRecords_IndependentOfCount()
    {
        var a = new PatentCorpusGenerator(5).Generate(200).ToList();
        var b = new PatentCorpusGenerator(5).Generate(50).ToList();

        for (var i = 0; i < b.Count; i++)
        {
            Assert.Equal(StoredRecord.Serialize(a[i]), StoredRecord.Serialize(b[i]));
        }

        Assert.NotEqual(a[0].Title + a[0].Abstract, new PatentCorpusGenerator(6).Generate(0L).Title + new PatentCorpusGenerator(6).Generate(0L).Abstract);
    }

    [Fact]
    public void Generate_Corpus_MatchesCalibration()
    {
        var records = new PatentCorpusGenerator(1).Generate(20_000).ToList();

        Assert.Equal(records.Count, records.Select(r => r.Key).Distinct().Count());
        Assert.InRange(records.Count(r => r.Type == PatentType.Invention) / (double)records.Count, 0.48, 0.54);
        Assert.InRange(records.Average(r => r.Abstract!.Length), 200, 330);
        Assert.InRange(records.Average(r => r.Title.Length), 10, 22);
        Assert.True(records.Count(r => r.ApplicationDate!.Value.Year == 2024) > 5 * records.Count(r => r.ApplicationDate!.Value.Year == 2010));
        var tianjin = records.Where(r => r.Region!.Province == "12").ToList();
        Assert.InRange(tianjin.Count / (double)records.Count, 0.85, 0.97);
        Assert.Equal(16, tianjin.Select(r => r.Region!.District).Distinct().Count());
        Assert.All(tianjin.Take(500), r => Assert.Equal(r.Region!.District, AddressResolver.Resolve(r.Address)!.District));
        var mistyped = records.Take(2_000).SelectMany(r => r.Applicants).Where(a => a.Type != ApplicantTypes.Infer(a.Name)).Select(a => a.Name).Distinct().ToList();
        Assert.True(mistyped.Count == 0, string.Join(", ", mistyped));
        Assert.Contains(records, r => r.Ipcs.Count > 1);
        Assert.Contains(records, r => HighValueCriteria.Evaluate(r, PatentCorpusGenerator.AsOf) != HighValueReasons.None);
    }
}
