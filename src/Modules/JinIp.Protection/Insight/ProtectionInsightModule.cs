using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Notifications;
using JinIp.Protection.Customs;
using JinIp.Protection.Data;
using JinIp.Protection.Platforms;
using JinIp.Protection.TypicalCases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection.Insight;

public static class ProtectionInsightModule
{
    /// <summary>Customs recordations, platform supervision, hotspots and spike warnings, annual statistics and typical cases.</summary>
    public static IServiceCollection AddJinIpProtectionInsight(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(InsightOptions.Section).Get<InsightOptions>() ?? new InsightOptions());
        services.AddScoped(sp => new InsightAccess(sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<InsightOptions>()));
        services.AddScoped(sp => new CustomsRegistry(
            sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<InsightAccess>(), sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<InsightOptions>()));
        services.AddScoped(sp => new PlatformSupervision(
            sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<IAuditLog>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendar>()));
        services.AddScoped(sp => new CaseInsight(
            sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<InsightAccess>(), sp.GetRequiredService<InsightOptions>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Notifier>(), sp.GetRequiredService<IAuditLog>()));
        services.AddScoped(sp => new AnnualStatistics(sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<InsightAccess>()));
        services.AddScoped(sp => new TypicalCaseService(sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<IAuditLog>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new InsightDemoData(sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<WorkingCalendar>()));
        services.AddHostedService<SpikeAlertJob>();
        return services;
    }
}
