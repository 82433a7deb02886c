using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Notifications;
using JinIp.Platform.Workflow;
using JinIp.Protection.Cases;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using JinIp.Protection.Intake;
using JinIp.Protection.Referrals;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection;

public static class ProtectionModule
{
    /// <summary>Registers the protection module: its tables (<c>prot_</c>), rules and use cases.</summary>
    public static IServiceCollection AddJinIpProtection(this IServiceCollection services)
    {
        services.AddJinIpDbContext<ProtectionDbContext>(ProtectionDbContext.TablePrefix);
        services.AddJinIpProtectionInsight(); // customs, platforms, insight, typical cases
        services.AddSingleton(_ => CaseRules.LoadEmbedded());
        services.AddSingleton(_ => ProsecutionThresholds.LoadEmbedded());
        services.AddSingleton<CaseWorkflows>();
        services.AddSingleton(sp => ComplaintOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped(sp => new ProtectionDirectory(sp.GetRequiredService<PlatformDbContext>(), sp.GetRequiredService<IConfiguration>()));
        services.AddScoped(sp => new CaseService(
            sp.GetRequiredService<ProtectionDbContext>(),
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<CaseWorkflows>(),
            sp.GetRequiredService<CaseRules>(),
            sp.GetRequiredService<ProsecutionThresholds>(),
            sp.GetRequiredService<ProtectionDirectory>(),
            sp.GetRequiredService<AttachmentStore>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<Notifier>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<WorkingCalendar>()));
        services.AddScoped(sp => new ComplaintService(
            sp.GetRequiredService<ProtectionDbContext>(),
            sp.GetRequiredService<CaseService>(),
            sp.GetRequiredService<ProtectionDirectory>(),
            sp.GetRequiredService<AttachmentStore>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<CaseRules>(),
            sp.GetRequiredService<ComplaintOptions>(),
            sp.GetRequiredService<WorkingCalendar>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Notifier>()));
        services.AddScoped(sp => new ReferralService(
            sp.GetRequiredService<ProtectionDbContext>(),
            sp.GetRequiredService<CaseService>(),
            sp.GetRequiredService<ProtectionDirectory>(),
            sp.GetRequiredService<IAuditLog>(),
            sp.GetRequiredService<Notifier>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped(sp => new ProtectionDemoData(sp.GetRequiredService<ProtectionDbContext>(), sp.GetRequiredService<ProtectionDirectory>(), sp.GetRequiredService<CaseRules>(), sp.GetRequiredService<CaseWorkflows>(), sp.GetRequiredService<WorkingCalendar>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ProsecutionThresholds>()));
        return services;
    }
}
