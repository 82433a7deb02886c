using JinIp.Platform.Hosting;
using JinIp.Protection.Data;
using JinIp.Protection.Insight;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection;

public static class ProtectionModule
{
    /// <summary>Registers the protection module: its tables (<c>prot_</c>) and its use cases.</summary>
    public static IServiceCollection AddJinIpProtection(this IServiceCollection services)
    {
        services.AddJinIpDbContext<ProtectionDbContext>(ProtectionDbContext.TablePrefix);
        services.AddJinIpProtectionInsight(); // customs, platforms, insight, typical cases
        return services;
    }
}
