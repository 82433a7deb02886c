using JinIp.Platform.Audit;
using JinIp.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace JinIp.Web.Hosting;

/// <summary>Records every permission denial of a signed-in user in the audit log before answering 403.</summary>
internal sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var db = context.RequestServices.GetRequiredService<PlatformDbContext>();
            var audit = context.RequestServices.GetRequiredService<IAuditLog>();
            await audit.AppendAsync(db, new AuditRecord("auth.denied", "endpoint", $"{context.Request.Method} {context.Request.Path}"), context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
