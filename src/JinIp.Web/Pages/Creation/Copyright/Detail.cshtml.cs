using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Pages.Creation.Copyright;

/// <summary>
/// One registration: its content, deadlines and history, and the workflow steps open to the viewer
/// (the applicant: withdraw, correct; the office: accept, review, request a correction, register, reject).
/// A step taken on a page that is out of date is refused with a conflict message.
/// </summary>
[Authorize(Roles = "applicant,admin,office")]
public sealed class DetailModel(CopyrightRegistrations registrations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public RegistrationView Registration { get; private set; } = null!;

    public string? Error { get; private set; }

    /// <summary>A request for a handler the page does not have (e.g. ?handler=Nonsense) answers 404 rather than rendering an empty page.</summary>
    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is null)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Registration = await registrations.GetAsync(HttpActorAccessor.FromContext(HttpContext), Id, cancellationToken);

    public async Task<IActionResult> OnPostActAsync(string action, int version, string? comment, CancellationToken cancellationToken)
    {
        var actor = HttpActorAccessor.FromContext(HttpContext);
        try
        {
            await registrations.FireAsync(actor, Id, action, version, comment, cancellationToken);
            return Redirect($"/Creation/Copyright/Detail?id={Id}");
        }
        catch (UserFacingException ex) when (ex is not NotFoundException)
        {
            Error = ex.LocalizedMessage(System.Globalization.CultureInfo.CurrentUICulture);
            Registration = await registrations.GetAsync(actor, Id, cancellationToken);
            return Page();
        }
    }
}
