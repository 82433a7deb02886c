using JinIp.Platform.Hosting;
using JinIp.Registries.Catalog;
using JinIp.Registries.Data;
using JinIp.Registries.TimeHonored;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Registries;

public static class RegistriesModule
{
    /// <summary>Registers the registries module: its tables, the registry facade and the 老字号 recognition workflow.</summary>
    public static IServiceCollection AddJinIpRegistries(this IServiceCollection services)
    {
        services.AddJinIpDbContext<RegistriesDbContext>(RegistriesDbContext.TablePrefix);
        services.AddScoped<RegistryService>();
        services.AddSingleton<RecognitionWorkflow>();
        services.AddScoped<RecognitionService>();
        services.AddScoped<DemoRegistries>();
        return services;
    }
}
