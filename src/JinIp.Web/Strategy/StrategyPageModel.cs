using System.Globalization;
using JinIp.Platform.Errors;
using JinIp.Platform.Identity;
using JinIp.Strategy.Supervision;
using JinIp.Web.Hosting;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace JinIp.Web.Strategy;

/// <summary>What the strategy pages share: the actor, messages beside fields, and how statuses and colours are shown.</summary>
public abstract class StrategyPageModel : PageModel
{
    /// <summary>Field → message in the user's language; "" for messages about the whole form.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Done { get; protected set; }

    internal Actor Actor => HttpActorAccessor.FromContext(HttpContext);

    public bool IsOffice => Actor.IsOfficeLevel;

    public string? Error(string field) => Errors.GetValueOrDefault(field);

    /// <summary>Runs a command; a user-facing error becomes messages beside the fields instead of an error page.</summary>
    protected async Task<bool> TryAsync(Func<Task> command)
    {
        try
        {
            await command();
            return true;
        }
        catch (ValidationException ex)
        {
            foreach (var error in ex.Errors)
            {
                Errors.TryAdd(error.Field, error.Localized(CultureInfo.CurrentUICulture));
            }
        }
        catch (UserFacingException ex) when (ex is ConflictException or ForbiddenException)
        {
            Errors[""] = ex.LocalizedMessage(CultureInfo.CurrentUICulture);
        }

        return false;
    }

    public static string ColourClass(TaskColour colour) => colour switch
    {
        TaskColour.Green => "text-bg-success",
        TaskColour.Yellow => "text-bg-warning",
        _ => "text-bg-danger",
    };
}

/// <summary>The lead and co-unit chooser shared by the draft editor and the item page.</summary>
public sealed record UnitChooserModel(IReadOnlyList<JinIp.Strategy.Units.StrategyUnit> Units, Guid? Lead, IReadOnlyList<Guid> Co, string? Error);
