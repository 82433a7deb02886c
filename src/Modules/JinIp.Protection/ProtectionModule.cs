using JinIp.Platform.Hosting;
using JinIp.Protection.Data;
using Microsoft.Extensions.DependencyInjection;

namespace JinIp.Protection;

public static class ProtectionModule
{
    /// <summary>Registers the protection module: its tables (<c>prot_</c>) and its use cases.</summary>
    public static IServiceCollection AddJinIpProtection(this IServiceCollection services)
    {
        services.AddJinIpDbContext<ProtectionDbContext>(ProtectionDbContext.TablePrefix);
        return services;
    }
}
