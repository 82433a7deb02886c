using JinIp.Patents.Data;
using JinIp.Patents.Import;
using JinIp.PatentSearch.Generation;
using Microsoft.EntityFrameworkCore;

namespace JinIp.Web.Hosting;

/// <summary>
/// On a first start with demo data, a synthetic corpus (Tianjin applicants in the 16 districts, calibrated on
/// real patent files) so that search and analysis have something to show. Indexed by the outbox indexer.
/// </summary>
internal static class DemoPatents
{
    public const int Seed = 2021;

    public static async Task EnsureAsync(IServiceProvider services, int count)
    {
        if (count <= 0 || await services.GetRequiredService<PatentDbContext>().Patents.AnyAsync())
        {
            return;
        }

        await services.GetRequiredService<PatentImporter>().StoreAsync(new PatentCorpusGenerator(Seed).Generate(count));
    }
}
