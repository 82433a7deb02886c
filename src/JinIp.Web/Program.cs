using JinIp.Creation;
using JinIp.Patents;
using JinIp.Protection;
using JinIp.Registries;
using JinIp.Platform.Data;
using JinIp.Platform.Hosting;
using JinIp.Platform.Identity;
using JinIp.Strategy;
using JinIp.Web.Api;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Context;
using Serilog.Events;
using Serilog.Formatting.Compact;

// Every request gets a W3C trace id (in logs and in ProblemDetails), whether or not a tracing exporter listens.
using var requestActivities = new System.Diagnostics.ActivityListener
{
    ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
    Sample = static (ref System.Diagnostics.ActivityCreationOptions<System.Diagnostics.ActivityContext> _) => System.Diagnostics.ActivitySamplingResult.AllData,
};
System.Diagnostics.ActivitySource.AddActivityListener(requestActivities);

var (dataDirectory, hostArgs) = PlatformPaths.TakeDataDirectory(args);
var builder = WebApplication.CreateBuilder(hostArgs);
if (dataDirectory is not null)
{
    builder.Configuration[PlatformServices.DataDirectoryKey] = dataDirectory;
}

if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://localhost:5000");
}

builder.Services.AddSerilog((services, logger) => logger
    .MinimumLevel.Information()
    .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
    .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
    .Enrich.FromLogContext()
    .WriteTo.Console(new CompactJsonFormatter()));

builder.Services.AddJinIpPlatform();
builder.Services.AddJinIpPatents();
// Creation module (copyright registration)
builder.Services.AddJinIpCreation();
builder.Services.AddHostedService<JinIp.Patents.Indexing.OutboxIndexer>();
builder.Services.AddHostedService<JinIp.Patents.Searches.PatentAlertJob>();
// Strategy module (plan supervision): services, reminder job, district figures from the patent index
builder.Services.AddJinIpStrategy();
builder.Services.AddHostedService<JinIp.Strategy.Supervision.ReminderJob>();
builder.Services.AddScoped<JinIp.Strategy.Assessment.IDistrictFigures, JinIp.Web.Strategy.PatentDistrictFigures>();
builder.Services.AddJinIpRegistries(); // Registries module
builder.Services.AddJinIpProtection(); // Protection module
builder.Services.AddJinIpWeb(builder.Configuration);

var app = builder.Build();

await PrepareDatabaseAsync(app);

// Localization first, so that error responses are in the caller's language too.
app.UseRequestLocalization();
app.UseExceptionHandler("/Error");
app.UseWhen(IsApi, api => api.UseStatusCodePages());
app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error"));
app.UseJinIpSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseJinIpBodyLimits();
app.UseRateLimiter();
app.UseAuthentication();
app.Use(async (context, next) =>
{
    // Every log line of a request carries the user id (never names, tokens or ID numbers).
    using (LogContext.PushProperty("UserId", context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value))
    {
        await next(context);
    }
});
app.UseAuthorization();
app.UseSerilogRequestLogging();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
app.MapScalarApiReference("/scalar", o => o.WithTitle("JinIP API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts())
    .RequireAuthorization(WebServices.StaffPolicy);
app.MapPlatformApi();
app.MapNotificationsApi();
app.MapPatentsApi();
app.MapPatentSearchesApi();
app.MapIpcApi();
app.MapPatentExportApi();
app.MapStrategyApi(); // Strategy module
app.MapRegistriesApi(); // Registries module
// Creation module (copyright registration)
app.MapCopyrightApi();
app.MapProtectionInsightApi(); // Protection insight (customs, platforms, analysis, typical cases)
app.MapProtectionApi(); // Protection module
app.MapRazorPages();

await app.RunAsync();

static bool IsApi(HttpContext context) =>
    context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
    || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
    || context.Request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

static async Task PrepareDatabaseAsync(WebApplication app)
{
    var configuration = app.Configuration;
    var options = app.Services.GetRequiredService<DatabaseOptions>();
    var embedded = options.Provider == DatabaseProvider.Sqlite;
    await using var scope = app.Services.CreateAsyncScope();
    if (configuration.GetValue("Database:MigrateOnStart", embedded))
    {
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    }

    if (configuration.GetValue("Demo:Seed", embedded))
    {
        var created = await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        DemoAccountsPrinter.Print(created, Console.Out);
        await DemoPatents.EnsureAsync(scope.ServiceProvider, configuration.GetValue("Demo:Patents", 5_000));
        await scope.ServiceProvider.GetRequiredService<DemoRegistries>().EnsureAsync(); // Registries module
        await scope.ServiceProvider.GetRequiredService<JinIp.Protection.Insight.InsightDemoData>().EnsureAsync(); // Protection insight: customs and platforms
        // Creation module: registered works for the notice list and the statistics
        await JinIp.Creation.Registrations.CopyrightDemoData.EnsureAsync(scope.ServiceProvider, configuration.GetValue("Demo:Copyright", 150));
        // Protection module: demo cases across types, districts and months
        await scope.ServiceProvider.GetRequiredService<JinIp.Protection.Cases.ProtectionDemoData>().EnsureAsync(configuration.GetValue("Demo:ProtectionCases", 60));
        await scope.ServiceProvider.GetRequiredService<JinIp.Protection.Insight.InsightDemoData>().EnsureTypicalCasesAsync(); // Protection insight: a published typical case
    }
}

/// <summary>Entry point, public for the integration tests' WebApplicationFactory.</summary>
public partial class Program
{
}
