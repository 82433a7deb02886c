using JinIp.Patents;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Strategy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JinIp.Cli;

/// <summary>The services a command needs: the same platform registration as the web host, without the web.</summary>
internal static class CliHost
{
    public static IHost Build(string? dataDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            DisableDefaults = false,
        });
        builder.Configuration.AddEnvironmentVariables("JINIP_");
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        if (dataDirectory is not null)
        {
            builder.Configuration[PlatformServices.DataDirectoryKey] = dataDirectory;
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddJinIpPlatform();
        builder.Services.AddJinIpPatents();
        builder.Services.AddJinIpStrategy();
        JinIp.Registries.RegistriesModule.AddJinIpRegistries(builder.Services); // Registries module
        builder.Services.AddSingleton<IActorAccessor>(new FixedActorAccessor(Actor.System("cli")));
        builder.Services.AddIdentityCore<AppUser>(PlatformServices.ConfigureIdentity)
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<PlatformDbContext>();
        return builder.Build();
    }
}
