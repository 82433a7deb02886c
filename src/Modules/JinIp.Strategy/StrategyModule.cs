using JinIp.Platform.Hosting;
using JinIp.Strategy.Assessment;
using JinIp.Strategy.Data;
using JinIp.Strategy.Plans;
using JinIp.Strategy.Supervision;
using JinIp.Strategy.Units;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Strategy;

public static class StrategyModule
{
    /// <summary>
    /// Registers the strategy module: its tables, plan import, supervision, ledger, assessment and dashboard.
    /// The host adds <see cref="ReminderJob"/> and an <see cref="IDistrictFigures"/> implementation for computed indicators.
    /// </summary>
    public static IServiceCollection AddJinIpStrategy(this IServiceCollection services)
    {
        services.AddJinIpDbContext<StrategyDbContext>(StrategyDbContext.TablePrefix);
        services.AddScoped<UnitCatalog>();
        services.AddScoped<PlanImportService>();
        services.AddScoped<SupervisionService>();
        services.AddScoped<LedgerExport>();
        services.AddScoped<AssessmentService>();
        services.AddScoped<Dashboard.DashboardService>();
        return services;
    }
}
