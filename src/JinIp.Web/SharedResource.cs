namespace JinIp.Web;

/// <summary>Marker for the UI strings in Resources/SharedResource(.en).resx: Chinese is the neutral language, English the switch.</summary>
public sealed class SharedResource
{
}
