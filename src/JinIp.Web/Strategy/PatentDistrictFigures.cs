using JinIp.Patents.Indexing;
using JinIp.PatentSearch.Analytics;
using JinIp.PatentSearch.Querying;
using JinIp.Strategy.Assessment;

namespace JinIp.Web.Strategy;

/// <summary>
/// District figures from the patent index for the strategy module's assessment: valid invention patents and valid
/// high-value invention patents per 10,000 residents (population from <see cref="DistrictPopulation"/>). The figures are
/// stock counts as of the index now, not as of the plan year's end: the index holds current legal status.
/// </summary>
internal sealed class PatentDistrictFigures(PatentIndexHost index) : IDistrictFigures
{
    public const string ValidInventionsPer10k = "valid-invention-patents-per-10k";
    public const string HighValuePer10k = "high-value-invention-patents-per-10k";

    private const string ValidInventions = "TYPE=发明 AND LS=有效";

    public IReadOnlyList<ComputedSource> Sources { get; } =
    [
        new(ValidInventionsPer10k, "每万人口有效发明专利拥有量（专利检索系统，按申请人所在区）", "Valid invention patents per 10,000 people (patent index, by applicant's district)", "件/万人"),
        new(HighValuePer10k, "每万人口高价值发明专利拥有量（专利检索系统，按申请人所在区）", "High-value invention patents per 10,000 people (patent index, by applicant's district)", "件/万人"),
    ];

    public Task<IReadOnlyDictionary<string, decimal>> ComputeAsync(string sourceKey, int year, CancellationToken cancellationToken)
    {
        var population = DistrictPopulation.Tianjin.TenThousands;
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (sourceKey == ValidInventionsPer10k)
        {
            var analysis = index.Searcher.Analyze(QueryParser.Parse(ValidInventions), new AnalysisOptions { TopN = 1, IncludeCoApplicantPairs = false });
            foreach (var region in analysis.Regions.Where(r => population.ContainsKey(r.Value)))
            {
                result[region.Value] = Math.Round(region.Count / population[region.Value], 2);
            }
        }
        else if (sourceKey == HighValuePer10k)
        {
            foreach (var (code, people) in population)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var analysis = index.Searcher.Analyze(QueryParser.Parse($"{ValidInventions} AND CO={code}"), new AnalysisOptions { TopN = 1, IncludeCoApplicantPairs = false });
                result[code] = Math.Round(analysis.HighValueInventionPatents / people, 2);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, decimal>>(result);
    }
}
