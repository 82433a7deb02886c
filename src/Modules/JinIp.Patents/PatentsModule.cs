using JinIp.Patents.Data;
using JinIp.Patents.Import;
using JinIp.Patents.Indexing;
using JinIp.Platform.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Patents;

public static class PatentsModule
{
    /// <summary>Registers the patents module: its tables, the store, the importer and this node's index.</summary>
    public static IServiceCollection AddJinIpPatents(this IServiceCollection services)
    {
        services.AddJinIpDbContext<PatentDbContext>(PatentDbContext.TablePrefix);
        services.AddScoped<PatentStore>();
        services.AddScoped<PatentImporter>();
        services.AddScoped<Searches.SearchHistoryService>();
        services.AddScoped<Searches.SavedSearchService>();
        services.AddScoped<Searches.PatentAlertRunner>();
        services.AddSingleton<PatentIndexHost>();
        return services;
    }
}
