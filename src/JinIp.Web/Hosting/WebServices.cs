using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using JinIp.Platform.Data;
using JinIp.Platform.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace JinIp.Web.Hosting;

internal static class WebServices
{
    public const string SmartScheme = "jinip";
    public const string StaffPolicy = "staff";
    public const string OfficePolicy = "office";
    public const string LoginRateLimit = "login";
    public const string AnonymousApiRateLimit = "anonymous-api";
    // Protection module: the public complaint form and the receipt status lookup
    public const string ProtectionComplaintRateLimit = "protection-complaint";
    public const string ProtectionStatusRateLimit = "protection-status";

    public static readonly CultureInfo[] SupportedCultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    public static IServiceCollection AddJinIpWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IActorAccessor, HttpActorAccessor>();

        services.AddIdentity<AppUser, AppRole>(PlatformServicesIdentity)
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<JinIpClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultAuthenticateScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultForbidScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or access token", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? AccessTokenAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthenticationHandler>(AccessTokenAuthenticationHandler.SchemeName, null);

        var idle = TimeSpan.FromMinutes(configuration.GetValue("Security:IdleTimeoutMinutes", 30));
        var absolute = TimeSpan.FromMinutes(configuration.GetValue("Security:AbsoluteTimeoutMinutes", 8 * 60));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "jinip.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ExpireTimeSpan = idle;
            o.SlidingExpiration = true;
            o.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = async context =>
                {
                    var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
                    var started = context.Principal?.FindFirstValue(JinIpClaims.SessionStart);
                    if (started is null || !long.TryParse(started, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
                        || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > absolute)
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                        return;
                    }

                    await SecurityStampValidator.ValidatePrincipalAsync(context);
                },
            };
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // How soon a password change ends the user's other sessions.
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Security:SessionCheckSeconds", 30));
            o.OnRefreshingPrincipal = context =>
            {
                // Re-issuing the principal must not restart the absolute session clock.
                var started = context.CurrentPrincipal?.FindFirst(JinIpClaims.SessionStart);
                var identity = context.NewPrincipal?.Identity as ClaimsIdentity;
                if (started is not null && identity is not null)
                {
                    foreach (var claim in identity.FindAll(JinIpClaims.SessionStart).ToList())
                    {
                        identity.RemoveClaim(claim);
                    }

                    identity.AddClaim(new Claim(JinIpClaims.SessionStart, started.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(StaffPolicy, p => p.RequireRole(Roles.Admin, Roles.OfficeStaff, Roles.MemberUnit, Roles.DistrictOffice))
            .AddPolicy(OfficePolicy, p => p.RequireRole(Roles.Admin, Roles.OfficeStaff));
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuditingAuthorizationResultHandler>();

        services.AddDataProtection().SetApplicationName("JinIP").PersistKeysToDbContext<PlatformDbContext>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var loginPermits = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
            o.AddPolicy(LoginRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = loginPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            var anonymousPermits = configuration.GetValue("Security:AnonymousApiRequestsPerMinute", 600);
            o.AddPolicy(AnonymousApiRateLimit, context => context.User.Identity?.IsAuthenticated == true
                ? RateLimitPartition.GetNoLimiter("signed-in")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = anonymousPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Protection module: complaints per hour and status lookups per minute, per address (GETs of the pages are free).
            var complaintPermits = configuration.GetValue("Protection:ComplaintsPerHour", 10);
            o.AddPolicy(ProtectionComplaintRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = complaintPermits, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            var statusPermits = configuration.GetValue("Protection:StatusLookupsPerMinute", 10);
            o.AddPolicy(ProtectionStatusRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("get")
                : RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = statusPermits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
                var problem = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = zh ? "请求过于频繁" : "Too many requests",
                    Detail = zh ? "请稍后再试（约 1 分钟）。" : "Please try again in about a minute.",
                };
                await http.RequestServices.GetRequiredService<IProblemDetailsService>()
                    .TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem });
            };
        });

        // Chinese text is written as characters, not as &#x…; entities.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("zh-CN");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // Pages are Chinese unless the user switches; API clients may also ask by Accept-Language.
            var acceptLanguage = new AcceptLanguageHeaderRequestCultureProvider();
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    ? acceptLanguage.DetermineProviderCultureResult(context)
                    : Task.FromResult<ProviderCultureResult?>(null)),
            ];
        });

        services.AddRazorPages(o =>
            {
                o.Conventions.AllowAnonymousToPage("/Index");
                o.Conventions.AllowAnonymousToPage("/Error");
                o.Conventions.AllowAnonymousToPage("/Culture");
                o.Conventions.AllowAnonymousToPage("/Patents/Index");
                o.Conventions.AllowAnonymousToPage("/Patents/Detail");
                o.Conventions.AllowAnonymousToPage("/Patents/Analysis");
                o.Conventions.AllowAnonymousToPage("/Patents/Compare");
                o.Conventions.AllowAnonymousToPage("/Account/Login");
                o.Conventions.AllowAnonymousToPage("/Account/Logout");
                o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                o.Conventions.AuthorizeFolder("/Workbench", StaffPolicy);
                o.Conventions.AuthorizeFolder("/Admin", OfficePolicy);
                // Strategy module: staff pages; plan import and supervision tools for the office
                o.Conventions.AuthorizeFolder("/Strategy", StaffPolicy);
                o.Conventions.AuthorizeFolder("/Strategy/Import", OfficePolicy);
                o.Conventions.AuthorizePage("/Strategy/Overdue", OfficePolicy);
                // Registries module: public lists and notices; staff maintenance; applicants' pages carry their own [Authorize]
                o.Conventions.AllowAnonymousToPage("/Registries/Index");
                o.Conventions.AllowAnonymousToPage("/Registries/Browse");
                o.Conventions.AllowAnonymousToPage("/Registries/TimeHonored/Notices");
                o.Conventions.AuthorizePage("/Registries/Manage", OfficePolicy);
                o.Conventions.AuthorizePage("/Registries/Edit", OfficePolicy);
                // Protection module: public complaint form, receipt and status; complaints for the signed-in; cases and referrals for staff
                o.Conventions.AllowAnonymousToPage("/Protection/Complaints/New");
                o.Conventions.AllowAnonymousToPage("/Protection/Complaints/Receipt");
                o.Conventions.AllowAnonymousToPage("/Protection/Status");
                o.Conventions.AuthorizeFolder("/Protection/Cases", StaffPolicy);
                o.Conventions.AuthorizeFolder("/Protection/Referrals", StaffPolicy);
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)))
            .AddMvcOptions(o => LocalizedBindingMessages.Apply(o.ModelBindingMessageProvider));

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        });

        services.AddHostedService<AccessTokenCleanupJob>();
        services.AddHostedService<JinIp.Platform.Notifications.EmailSenderJob>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "JinIP API";
            document.Info.Description = "天津市知识产权综合服务平台 API. Authenticate with a personal access token: Authorization: Bearer jinip_…";
            return Task.CompletedTask;
        }));
        return services;
    }

    private static void PlatformServicesIdentity(IdentityOptions options) => JinIp.Platform.Hosting.PlatformServices.ConfigureIdentity(options);

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            var zh = JinIp.Platform.Errors.UiCulture.IsCurrentChinese;
            var problem = new ProblemDetails
            {
                Status = status,
                Title = status == StatusCodes.Status401Unauthorized ? (zh ? "需要登录" : "Authentication required") : (zh ? "无权访问" : "Forbidden"),
            };
            return context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
                .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem }).AsTask();
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
