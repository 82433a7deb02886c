using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace JinIp.Web.Tests;

/// <summary>
/// Every endpoint and page × every role and anonymous, against one written table of who may pass.
/// An endpoint the table does not list fails the test, so nobody adds one without deciding who may use it.
/// </summary>
[Collection(SharedWebHost.Name)]
public sealed class AccessMatrixTests(JinIpWebFactory factory, ITestOutputHelper output)
{
    /// <summary>The callers: anonymous and one demo account per role.</summary>
    private static readonly string[] Callers = ["anonymous", "admin", "office", "court", "nankai", "applicant", "expert"];

    private static readonly string[] Everyone = Callers;
    private static readonly string[] SignedIn = ["admin", "office", "court", "nankai", "applicant", "expert"];
    private static readonly string[] Staff = ["admin", "office", "court", "nankai"];
    private static readonly string[] OfficeLevel = ["admin", "office"];
    private static readonly string[] AdminOnly = ["admin"];
    // Creation module: applicants file copyright registrations, the office reviews them.
    private static readonly string[] ApplicantOnly = ["applicant"];
    private static readonly string[] CopyrightFiling = ["admin", "office", "applicant"];
    // Protection insight: the city and district IP offices supervise online platforms.
    private static readonly string[] PlatformEditors = ["admin", "office", "nankai"];
    // Protection module: complaints are handled by the office and the district offices.
    private static readonly string[] ComplaintHandlers = ["admin", "office", "nankai"];
    // Courts (and procuratorates, public security) do not open administrative cases.
    private static readonly string[] CaseOpeners = ["admin", "office", "nankai"];

    /// <summary>The access matrix: "METHOD route pattern" → who is allowed through. Everyone else must be refused.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Matrix = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        // Pages
        ["GET "] = Everyone,
        ["GET Index"] = Everyone,
        ["GET Error"] = Everyone,
        ["GET Culture"] = Everyone,
        ["GET Account/Login"] = Everyone,
        ["GET Account/Logout"] = Everyone,
        ["GET Account/AccessDenied"] = Everyone,
        ["GET Account/ChangePassword"] = SignedIn,
        ["GET Account/Tokens"] = SignedIn,
        ["GET Workbench"] = Staff,
        ["GET Workbench/Index"] = Staff,
        ["GET Admin/Audit"] = OfficeLevel,
        ["GET Notifications"] = SignedIn,
        ["GET Notifications/Index"] = SignedIn,
        ["GET Patents"] = Everyone,
        ["GET Patents/Index"] = Everyone,
        ["GET Patents/Detail"] = Everyone,
        ["GET Patents/Analysis"] = Everyone,
        ["GET Patents/Compare"] = Everyone,
        ["GET Patents/Saved"] = SignedIn,
        ["GET Patents/Saved/Index"] = SignedIn,
        ["GET Patents/Saved/Hits"] = SignedIn,

        // Platform API
        ["GET /api/v1/me"] = SignedIn,
        ["GET /api/v1/tokens/"] = SignedIn,
        ["POST /api/v1/tokens/"] = SignedIn,
        ["DELETE /api/v1/tokens/{id:guid}"] = SignedIn,
        ["GET /api/v1/organizations"] = SignedIn,
        ["POST /api/v1/attachments/"] = SignedIn,
        ["GET /api/v1/attachments/{id:guid}"] = SignedIn,
        ["GET /api/v1/audit"] = AdminOnly,
        ["GET /api/v1/audit/verify"] = AdminOnly,
        ["GET /api/v1/notifications/"] = SignedIn,
        ["POST /api/v1/notifications/{id:guid}/read"] = SignedIn,
        ["POST /api/v1/notifications/read-all"] = SignedIn,

        // Patent search API: public, rate limited for anonymous callers
        ["GET /api/v1/patents/search"] = Everyone,
        ["GET /api/v1/patents/analysis"] = Everyone,
        ["GET /api/v1/patents/analysis/table"] = Everyone,
        ["GET /api/v1/patents/export"] = Everyone,
        ["GET /api/v1/patents/{key}"] = Everyone,

        // Strategy module (plan supervision): staff pages and API, import and supervision tools for the office only
        ["GET Strategy"] = Staff,
        ["GET Strategy/Index"] = Staff,
        ["GET Strategy/Item"] = Staff,
        ["GET Strategy/Tasks"] = Staff,
        ["GET Strategy/Task"] = Staff,
        ["GET Strategy/Notices"] = Staff,
        ["GET Strategy/Dashboard"] = Staff,
        ["GET Strategy/Assessment"] = Staff,
        ["GET Strategy/Districts"] = Staff,
        ["GET Strategy/Overdue"] = OfficeLevel,
        ["GET Strategy/Import"] = OfficeLevel,
        ["GET Strategy/Import/Index"] = OfficeLevel,
        ["GET Strategy/Import/Preview"] = OfficeLevel,
        ["GET Strategy/Import/Item"] = OfficeLevel,
        ["POST /api/v1/strategy/imports"] = OfficeLevel,
        ["GET /api/v1/strategy/imports/{id:guid}"] = OfficeLevel,
        ["PUT /api/v1/strategy/imports/{id:guid}/items"] = OfficeLevel,
        ["POST /api/v1/strategy/imports/{id:guid}/commit"] = OfficeLevel,
        ["DELETE /api/v1/strategy/imports/{id:guid}"] = OfficeLevel,
        ["PUT /api/v1/strategy/items/{id:guid}/units"] = OfficeLevel,
        ["PUT /api/v1/strategy/tasks/{id:guid}/deadline"] = OfficeLevel,
        ["POST /api/v1/strategy/tasks/{id:guid}/notices"] = OfficeLevel,
        ["GET /api/v1/strategy/overdue"] = OfficeLevel,
        ["PUT /api/v1/strategy/indicators"] = OfficeLevel,
        ["DELETE /api/v1/strategy/indicators/{id:guid}"] = OfficeLevel,
        ["POST /api/v1/strategy/indicators/defaults"] = OfficeLevel,
        ["GET /api/v1/strategy/units"] = Staff,
        ["GET /api/v1/strategy/plan"] = Staff,
        ["GET /api/v1/strategy/items/{id:guid}"] = Staff,
        ["GET /api/v1/strategy/tasks"] = Staff,
        ["GET /api/v1/strategy/tasks/{id:guid}"] = Staff,
        ["POST /api/v1/strategy/tasks/{id:guid}/reports"] = Staff,
        ["POST /api/v1/strategy/tasks/{id:guid}/postpone"] = Staff,
        ["GET /api/v1/strategy/notices"] = Staff,
        ["POST /api/v1/strategy/notices/{id:guid}/answer"] = Staff,
        ["GET /api/v1/strategy/reminders"] = Staff,
        ["GET /api/v1/strategy/ledger"] = Staff,
        ["GET /api/v1/strategy/dashboard"] = Staff,
        ["GET /api/v1/strategy/assessments/units"] = Staff,
        ["PUT /api/v1/strategy/assessments/units"] = Staff,
        ["GET /api/v1/strategy/indicators"] = Staff,
        ["PUT /api/v1/strategy/indicators/{id:guid}/values"] = Staff,
        ["GET /api/v1/strategy/ranking"] = Staff,
        ["GET /api/v1/ipc/"] = Everyone,
        ["GET /api/v1/ipc/search"] = Everyone,

        // A searcher's own history, saved searches and alerts
        ["GET /api/v1/patents/history"] = SignedIn,
        ["DELETE /api/v1/patents/history"] = SignedIn,
        ["GET /api/v1/patents/saved-searches"] = SignedIn,
        ["POST /api/v1/patents/saved-searches"] = SignedIn,
        ["PUT /api/v1/patents/saved-searches/{id:guid}"] = SignedIn,
        ["DELETE /api/v1/patents/saved-searches/{id:guid}"] = SignedIn,
        ["GET /api/v1/patents/saved-searches/{id:guid}/hits"] = SignedIn,

        // Registries module: public lists, notices and criteria; office maintains; applicants file 老字号 applications
        ["GET Registries"] = Everyone,
        ["GET Registries/Index"] = Everyone,
        ["GET Registries/Browse/{registry}"] = Everyone,
        ["GET Registries/Manage/{registry}"] = OfficeLevel,
        ["GET Registries/Edit/{registry}"] = OfficeLevel,
        ["GET Registries/TimeHonored/Notices"] = Everyone,
        ["GET Registries/TimeHonored/Apply"] = ["applicant"],
        ["GET Registries/TimeHonored/Applications"] = SignedIn,
        ["GET Registries/TimeHonored/Application/{id:guid}"] = SignedIn,
        ["GET /api/v1/registries/"] = Everyone,
        ["GET /api/v1/registries/{registry}/records"] = Everyone,
        ["GET /api/v1/registries/{registry}/records/{id:guid}"] = Everyone,
        ["POST /api/v1/registries/{registry}/records"] = OfficeLevel,
        ["PUT /api/v1/registries/{registry}/records/{id:guid}"] = OfficeLevel,
        ["DELETE /api/v1/registries/{registry}/records/{id:guid}"] = OfficeLevel,
        ["GET /api/v1/registries/{registry}/template"] = OfficeLevel,
        ["POST /api/v1/registries/{registry}/import"] = OfficeLevel,
        ["GET /api/v1/registries/time-honored/criteria"] = Everyone,
        ["GET /api/v1/registries/time-honored/notices"] = Everyone,
        ["GET /api/v1/registries/time-honored/applications"] = SignedIn,
        ["POST /api/v1/registries/time-honored/applications"] = ["applicant"],
        ["GET /api/v1/registries/time-honored/applications/{id:guid}"] = SignedIn,
        ["GET /api/v1/registries/time-honored/applications/{id:guid}/attachments/{attachmentId:guid}"] = SignedIn,
        ["POST /api/v1/registries/time-honored/applications/{id:guid}/transitions"] = SignedIn,
        ["POST /api/v1/registries/time-honored/applications/{id:guid}/objections"] = OfficeLevel,
        // Creation module: applicant registration, copyright registration pages and API
        ["GET Account/Register"] = Everyone,
        ["GET Creation/Copyright"] = ApplicantOnly,
        ["GET Creation/Copyright/Index"] = ApplicantOnly,
        ["GET Creation/Copyright/Edit"] = ApplicantOnly,
        ["GET Creation/Copyright/Detail"] = CopyrightFiling,
        ["GET Creation/Copyright/Queue"] = OfficeLevel,
        ["GET Creation/Copyright/Statistics"] = OfficeLevel,
        ["GET Creation/Copyright/Verify"] = Everyone,
        ["GET Creation/Copyright/Notices"] = Everyone,
        ["GET /api/v1/copyright/registrations/"] = CopyrightFiling,
        ["POST /api/v1/copyright/registrations/"] = ApplicantOnly,
        ["GET /api/v1/copyright/registrations/{id:guid}"] = CopyrightFiling,
        ["PUT /api/v1/copyright/registrations/{id:guid}"] = CopyrightFiling,
        ["POST /api/v1/copyright/registrations/{id:guid}/samples"] = CopyrightFiling,
        ["DELETE /api/v1/copyright/samples/{id:guid}"] = CopyrightFiling,
        ["POST /api/v1/copyright/registrations/{id:guid}/actions/{action}"] = CopyrightFiling,
        ["GET /api/v1/copyright/registrations/{id:guid}/certificate"] = CopyrightFiling,
        ["GET /api/v1/copyright/statistics/"] = OfficeLevel,
        ["GET /api/v1/copyright/statistics/export"] = OfficeLevel,
        ["GET /api/v1/copyright/verify/{number}"] = Everyone,
        ["GET /api/v1/copyright/notices"] = Everyone,

        // Protection insight: customs registry (customs and the office edit), platforms (city and district offices edit), analysis, typical cases
        ["GET Protection/Customs"] = Staff,
        ["GET Protection/Customs/Index"] = Staff,
        ["GET Protection/Customs/Detail/{id:guid}"] = Staff,
        ["GET Protection/TypicalCases"] = Everyone,
        ["GET Protection/TypicalCases/Index"] = Everyone,
        ["GET Protection/TypicalCases/Detail/{id:guid}"] = Everyone,
        ["GET Protection/TypicalCases/Manage"] = Staff,
        ["GET Protection/TypicalCases/Edit/{id:guid}"] = Staff,
        ["GET Protection/Insight"] = Staff,
        ["GET Protection/Insight/Index"] = Staff,
        ["GET Protection/Insight/Infringers"] = Staff,
        ["GET Protection/Insight/Statistics"] = Staff,
        ["GET Protection/Platforms"] = Staff,
        ["GET Protection/Platforms/Index"] = Staff,
        ["GET Protection/Platforms/Detail/{id:guid}"] = Staff,
        ["GET /api/v1/protection/customs/recordations"] = Staff,
        ["POST /api/v1/protection/customs/recordations"] = OfficeLevel,
        ["GET /api/v1/protection/customs/recordations/{id:guid}"] = Staff,
        ["POST /api/v1/protection/customs/recordations/{id:guid}/decision"] = OfficeLevel,
        ["POST /api/v1/protection/customs/recordations/{id:guid}/renewals"] = OfficeLevel,
        ["POST /api/v1/protection/customs/recordations/{id:guid}/seizures"] = OfficeLevel,
        ["GET /api/v1/protection/customs/seizures"] = Staff,
        ["POST /api/v1/protection/customs/seizures/{id:guid}/outcome"] = OfficeLevel,
        ["GET /api/v1/protection/platforms/"] = Staff,
        ["POST /api/v1/protection/platforms/"] = PlatformEditors,
        ["GET /api/v1/protection/platforms/{id:guid}"] = Staff,
        ["POST /api/v1/protection/platforms/{id:guid}/notices"] = PlatformEditors,
        ["POST /api/v1/protection/platforms/notices/{id:guid}/answer"] = PlatformEditors,
        ["POST /api/v1/protection/platforms/{id:guid}/takedowns"] = PlatformEditors,
        ["POST /api/v1/protection/platforms/takedowns/{id:guid}/removed"] = PlatformEditors,
        ["GET /api/v1/protection/insight/hotspots"] = Staff,
        ["GET /api/v1/protection/insight/repeat-infringers"] = Staff,
        ["GET /api/v1/protection/insight/spikes"] = OfficeLevel,
        ["GET /api/v1/protection/insight/statistics"] = Staff,
        ["GET /api/v1/protection/insight/statistics/export"] = Staff,
        ["GET /api/v1/protection/typical-cases/manage/"] = Staff,
        ["GET /api/v1/protection/typical-cases/manage/candidates"] = Staff,
        ["POST /api/v1/protection/typical-cases/manage/"] = Staff,
        ["PUT /api/v1/protection/typical-cases/manage/{id:guid}"] = Staff,
        ["POST /api/v1/protection/typical-cases/manage/{id:guid}/publish"] = OfficeLevel,
        ["POST /api/v1/protection/typical-cases/manage/{id:guid}/unpublish"] = OfficeLevel,
        ["GET /api/v1/protection/typical-cases/"] = Everyone,
        ["GET /api/v1/protection/typical-cases/{id:guid}"] = Everyone,
        // Protection module: public complaint form and status; complaints for the signed-in (own or district queue); cases and referrals for staff
        ["GET Protection/Complaints/New"] = Everyone,
        ["GET Protection/Complaints/Receipt"] = Everyone,
        ["GET Protection/Status"] = Everyone,
        ["GET Protection/Complaints"] = SignedIn,
        ["GET Protection/Complaints/Index"] = SignedIn,
        ["GET Protection/Complaints/Detail/{id:guid}"] = SignedIn,
        ["GET Protection/Cases"] = Staff,
        ["GET Protection/Cases/Index"] = Staff,
        ["GET Protection/Cases/New"] = Staff,
        ["GET Protection/Cases/Detail/{id:guid}"] = Staff,
        ["GET Protection/Referrals"] = Staff,
        ["GET Protection/Referrals/Index"] = Staff,
        ["GET Protection/Referrals/Detail/{id:guid}"] = Staff,
        ["POST /api/v1/protection/complaints"] = Everyone,
        ["POST /api/v1/protection/complaints/status"] = Everyone,
        ["GET /api/v1/protection/complaints/"] = SignedIn,
        ["GET /api/v1/protection/complaints/{id:guid}"] = SignedIn,
        ["GET /api/v1/protection/complaints/{id:guid}/evidence/{attachmentId:guid}"] = SignedIn,
        ["POST /api/v1/protection/complaints/{id:guid}/case"] = ComplaintHandlers,
        ["POST /api/v1/protection/complaints/{id:guid}/review"] = ComplaintHandlers,
        ["POST /api/v1/protection/complaints/{id:guid}/decline"] = ComplaintHandlers,
        ["GET /api/v1/protection/rules"] = Staff,
        ["GET /api/v1/protection/cases"] = Staff,
        ["POST /api/v1/protection/cases"] = CaseOpeners,
        ["GET /api/v1/protection/cases/{id:guid}"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/actions/{action}"] = Staff,
        ["PUT /api/v1/protection/cases/{id:guid}/amounts"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/parties"] = Staff,
        ["PUT /api/v1/protection/cases/{id:guid}/triage"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/extensions"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/transfer"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/files"] = Staff,
        ["GET /api/v1/protection/cases/{id:guid}/files/{attachmentId:guid}"] = Staff,
        ["POST /api/v1/protection/cases/{id:guid}/referral"] = Staff,
        ["GET /api/v1/protection/referrals"] = Staff,
        ["GET /api/v1/protection/referrals/{id:guid}"] = Staff,
        ["POST /api/v1/protection/referrals/{id:guid}/accept"] = Staff,
        ["POST /api/v1/protection/referrals/{id:guid}/return"] = Staff,

        // Operations and API description
        ["GET /health/live"] = Everyone,
        ["GET /health/ready"] = Everyone,
        ["GET /openapi/{documentName}.json"] = Everyone,
        ["GET /scalar/{documentName?}"] = Staff,
        // The reference page's own script bundle and icon: library code, no data.
        ["GET /scalar/favicon.svg"] = Everyone,
        ["GET /scalar/scalar.aspnetcore.js"] = Everyone,
        ["GET /scalar/scalar.js"] = Everyone,
    };

    [Fact]
    public void EveryEndpoint_IsInTheMatrix()
    {
        var missing = Endpoints().Select(e => e.Key).Where(k => !Matrix.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, "Endpoints missing from the access matrix (add them with their allowed roles):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void TheMatrix_ListsNoEndpointThatDoesNotExist()
    {
        var existing = Endpoints().Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var stale = Matrix.Keys.Where(k => !existing.Contains(k)).ToList();
        Assert.True(stale.Count == 0, "The matrix lists endpoints that do not exist:\n" + string.Join("\n", stale));
    }

    [Fact]
    public async Task EveryCaller_GetsExactlyTheAccessTheMatrixGrants()
    {
        var failures = new List<string>();
        foreach (var caller in Callers)
        {
            var client = caller == "anonymous" ? factory.Anonymous() : await factory.ApiClientAsync(caller);
            foreach (var (key, method, path) in Endpoints())
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await client.SendAsync(request);
                var refused = IsRefused(response);
                var expectedAllowed = Matrix[key].Contains(caller);
                if (refused == expectedAllowed)
                {
                    failures.Add($"{caller,-10} {key}: expected {(expectedAllowed ? "allowed" : "refused")}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        output.WriteLine($"Checked {Callers.Length} callers × {Endpoints().Count} endpoints.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsRefused(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => true,
        HttpStatusCode.Redirect or HttpStatusCode.Found => response.Headers.Location?.OriginalString is { } location
            && (location.Contains("/Account/Login", StringComparison.Ordinal) || location.Contains("/Account/AccessDenied", StringComparison.Ordinal)),
        _ => false,
    };

    /// <summary>All routable endpoints of the running host, as (matrix key, method, concrete path).</summary>
    private List<(string Key, string Method, string Path)> Endpoints()
    {
        var result = new List<(string, string, string)>();
        var sources = factory.Services.GetRequiredService<EndpointDataSource>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            // Pages carry no method metadata: they are checked with GET, which every page answers.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m != "HEAD" && m != "OPTIONS"))
            {
                var path = "/" + pattern.TrimStart('/')
                    .Replace("{id:guid}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
                    .Replace("{attachmentId:guid}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
                    .Replace("{documentName?}", "v1", StringComparison.Ordinal)
                    .Replace("{documentName}", "v1", StringComparison.Ordinal);
                result.Add(($"{method} {pattern}", method, path));
            }
        }

        return result.DistinctBy(e => e.Item1).OrderBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }
}
