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
    /// <summary>Registers the platform services shared by the web host and the CLI.</summary>
    public static IServiceCollection AddJinIpPlatform(this IServiceCollection services, IConfiguration configuration, PlatformPaths paths)
    {
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = database.ResolveConnectionString(paths);
        Directory.CreateDirectory(paths.DataDirectory);

        services.AddSingleton(paths);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => configuration["Calendar:File"] is { Length: > 0 } file
            ? new WorkingCalendar(CalendarData.Parse(File.ReadAllText(file)))
            : WorkingCalendar.Default);

        services.AddJinIpDbContext<PlatformDbContext>(database.Provider, connectionString, PlatformDbContext.TablePrefix);
        services.AddScoped<IAuditLog, AuditLog>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<AttachmentStore>();
        services.AddScoped<JobLeaseService>();
        services.AddScoped<AccessTokenService>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoData>();
        return services;
    }

    /// <summary>Registers a module's context on the configured database and has it migrated at start-up.</summary>
    public static IServiceCollection AddJinIpDbContext<TContext>(this IServiceCollection services, DatabaseProvider provider, string connectionString, string tablePrefix)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>(o => o.UseJinIpDatabase(provider, connectionString, tablePrefix));
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
