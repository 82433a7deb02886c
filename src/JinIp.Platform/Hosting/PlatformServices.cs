using JinIp.Platform.Attachments;
using JinIp.Platform.Audit;
using JinIp.Platform.Calendar;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using JinIp.Platform.Jobs;
using JinIp.Platform.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JinIp.Platform.Hosting;

/// <summary>A module's DbContext, registered so that <see cref="DatabaseMigrator"/> migrates it.</summary>
public sealed record ModuleDatabase(Type ContextType, string TablePrefix);

public static class PlatformServices
{
    /// <summary>Configuration key of the data folder (the <c>--data-dir</c> argument and <c>JINIP_DATA_DIR</c> set it).</summary>
    public const string DataDirectoryKey = "DataDirectory";

    /// <summary>
    /// Registers the platform services shared by the web host and the CLI. Settings are read when
    /// the services are first resolved, so hosts and tests may add configuration until then.
    /// </summary>
    public static IServiceCollection AddJinIpPlatform(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new PlatformPaths(
            sp.GetRequiredService<IConfiguration>()[DataDirectoryKey] is { Length: > 0 } configured
                ? configured
                : Path.Combine(Environment.CurrentDirectory, "data")));
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>()["Calendar:File"] is { Length: > 0 } file
            ? new WorkingCalendar(CalendarData.Parse(File.ReadAllText(file)))
            : WorkingCalendar.Default);

        services.AddJinIpDbContext<PlatformDbContext>(PlatformDbContext.TablePrefix);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<AttachmentStore>();
        services.AddScoped<JobLeaseService>();
        services.AddScoped<AccessTokenService>();
        services.AddScoped<JinIp.Platform.Notifications.Notifier>();
        services.AddScoped<JinIp.Platform.Notifications.EmailOutboxSender>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoData>();
        return services;
    }

    /// <summary>Registers a module's context on the configured database and has it migrated at start-up.</summary>
    public static IServiceCollection AddJinIpDbContext<TContext>(this IServiceCollection services, string tablePrefix)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, o) =>
        {
            var database = sp.GetRequiredService<DatabaseOptions>();
            var paths = sp.GetRequiredService<PlatformPaths>();
            Directory.CreateDirectory(paths.DataDirectory);
            o.UseJinIpDatabase(database.Provider, database.ResolveConnectionString(paths), tablePrefix);
        });
        services.AddSingleton(new ModuleDatabase(typeof(TContext), tablePrefix));
        return services;
    }

    /// <summary>Password, lockout and user rules, the same wherever users are created.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Password.RequiredLength = 12;
        options.Password.RequiredUniqueChars = 5;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@";
    }
}
